// Staff pages to enter an annual report's own parts per agency and year — the section 二 figures
// and the texts of sections 一, 五 and 六 — stored through domain::AnnualInputRepository (which
// writes one audit entry per saved part).
#pragma once

#include <optional>

#include "web/http_message.h"
#include "web/session_store.h"
#include "web/web_context.h"

namespace gongkai::web {

// GET /staff/reports/{agency}/{year}/inputs: the form with what is stored. 400 for a bad year or
// one that has not begun; 404 for an unknown agency.
HttpResponse HandleAnnualInputForm(WebContext& web, const HttpRequest& request,
                                   const std::optional<StaffSession>& session);

// POST /staff/reports/{agency}/{year}/inputs (fields of annual_input_form.h, `figures_version`,
// `text_version`, `csrf`): saves each part the clerk changed, then 303 to the staff report page
// (`saved=1`, or `saved=0` when nothing changed). 400 with the form and each field's error; 404
// for an unknown agency; 409 with the clerk's input kept when someone else saved a part the
// clerk also changed since the form was opened. Saves are serialised within the server, so the
// check and the write cannot interleave with another save from this process.
HttpResponse HandleAnnualInputSave(WebContext& web, const HttpRequest& request,
                                   const std::optional<StaffSession>& session);

}  // namespace gongkai::web
