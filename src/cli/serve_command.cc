#include <memory>

#include <CLI/CLI.hpp>

#include "cli/command_registry.h"
#include "cli/status_callback.h"

namespace gongkai::cli {
namespace {

core::Status RunServe(CliEnvironment& env, const ServeOptions& options) {
  if (!env.serve) {
    return core::Error::Unavailable("本程序未包含网站服务");
  }
  return env.serve(options);
}

}  // namespace

void RegisterServeCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  auto options = std::make_shared<ServeOptions>();
  options->db_url = env.default_db_url;
  CLI::App* cmd = app.add_subcommand("serve", "运行网站服务（公众申请、查询与机关办理）");
  cmd->add_option("--db", options->db_url, "数据库：SQLite 文件路径或 postgresql:// 连接串")
      ->capture_default_str();
  cmd->add_option("--host", options->host, "监听地址")->capture_default_str();
  cmd->add_option("--port", options->port, "监听端口（0 = 任选空闲端口）")->capture_default_str();
  cmd->add_flag("--demo", options->demo,
                "数据库为空时载入演示数据并开放演示账号（数据库已有正式数据时拒绝启动）");
  cmd->add_flag("--secure-cookies", options->secure_cookies,
                "登录 Cookie 仅经 HTTPS 发送（经反向代理以 HTTPS 提供服务时使用）");
  cmd->add_flag("--behind-proxy", options->behind_proxy,
                "信任反向代理的 X-Forwarded-For（仅在反向代理之后使用）");
  cmd->add_option("--staff-file", options->staff_file,
                  "机关工作人员账号文件（每行“用户名:密码散列”）");
  cmd->add_flag("--hash-password", options->hash_password,
                "从标准输入读取密码，输出可写入账号文件的密码散列");
  SetStatusCallback(*cmd, env, exit_code, options, RunServe);
}

}  // namespace gongkai::cli
