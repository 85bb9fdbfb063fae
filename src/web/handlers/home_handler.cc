#include "web/handlers/home_handler.h"

#include "core/check.h"
#include "web/embedded_files.h"
#include "web/handlers/page_response.h"

namespace gongkai::web {

HttpResponse HandleHome(WebContext& /*web*/, const HttpRequest& /*request*/,
                        const std::optional<StaffSession>& session) {
  const auto content = FindEmbeddedFile("templates/home.html");
  GONGKAI_CHECK(content.has_value());  // compiled in by CMakeLists.txt
  return PageResponse(200, "政府信息公开申请服务", std::string(*content), session);
}

HttpResponse HandleStaticFile(WebContext& /*web*/, const HttpRequest& request,
                              const std::optional<StaffSession>& session) {
  const std::string file = request.PathParam("file").value_or("");
  // Only plain names: the lookup is in a fixed table anyway, but say no early to odd paths.
  const bool plain = !file.empty() && file.find('/') == std::string::npos;
  const auto data = plain ? FindEmbeddedFile("static/" + file) : std::nullopt;
  if (!data.has_value()) {
    return ErrorPageResponse(core::Error::NotFound("找不到该文件"), session);
  }
  HttpResponse response;
  response.body = std::string(*data);
  response.content_type = file.ends_with(".css")  ? "text/css; charset=utf-8"
                          : file.ends_with(".js") ? "text/javascript; charset=utf-8"
                                                  : "application/octet-stream";
  response.headers.emplace_back("Cache-Control", "public, max-age=3600");
  return response;
}

}  // namespace gongkai::web
