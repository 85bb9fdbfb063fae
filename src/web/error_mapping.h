// The one table from core::ErrorCode to HTTP status (the userver pattern), and the JSON error body
// of the API: {"error":{"code":"INVALID_ARGUMENT","message":"…","field":"…"}}.
#pragma once

#include <optional>
#include <string>

#include "core/error.h"
#include "web/http_message.h"

namespace gongkai::web {

// HTTP status for an error code: kInvalidArgument 400, kPermissionDenied 403, kNotFound 404,
// kConflict 409 (someone else changed the record), kFailedPrecondition 422 (the step is not
// allowed in the case's state), kUnavailable 503, kInternal 500. Pure.
int HttpStatusFor(core::ErrorCode code);

// The JSON error body. `field` names the offending input field when there is one.
std::string ErrorJson(const core::Error& error, const std::optional<std::string>& field);

// What a user is shown for `error`: the error itself, except for kInternal, whose message (a
// driver's text, a database path …) is logged with a fresh request id and replaced by a Chinese
// message quoting only that id, for the administrator to find the log line. Thread-safe.
core::Error UserFacingError(const core::Error& error);

// A JSON response with HttpStatusFor(error.code) and ErrorJson(UserFacingError(error), field).
HttpResponse JsonError(const core::Error& error,
                       const std::optional<std::string>& field = std::nullopt);

}  // namespace gongkai::web
