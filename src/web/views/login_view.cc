#include "web/views/login_view.h"

#include "web/views/form_fields.h"
#include "web/views/page_layout.h"

namespace gongkai::web {

std::string RenderLoginForm(const std::string& user, const std::optional<std::string>& error,
                            const std::string& next) {
  std::string html;
  if (error.has_value()) {
    html += Notice(NoticeKind::kError, *error);
  }
  FieldSpec user_spec;
  user_spec.name = "user";
  user_spec.label = "用户名";
  user_spec.value = user;
  user_spec.required = true;
  FieldSpec password_spec;
  password_spec.name = "password";
  password_spec.label = "密码";
  password_spec.required = true;
  html += "<form method=\"post\" action=\"/login\" class=\"stacked\">" + HiddenField("next", next) +
          InputField(user_spec) + InputField(password_spec, "password") +
          "<p><button type=\"submit\">登录</button></p></form>";
  return html;
}

}  // namespace gongkai::web
