// Agency: an administrative organ that receives requests and publishes reports. Agencies form a
// hierarchy (a city's departments, or a bureau with its district branches); a report can cover
// one agency or an agency and everything below it (全系统).
#pragma once

#include <optional>
#include <string>

namespace gongkai::domain {

struct Agency {
  std::string
      id;  // stable short code, [a-z0-9-]{1,32}, e.g. "cq-scjg"; also used in tracking numbers
  std::string name;  // official name, e.g. "重庆市市场监督管理局"
  std::optional<std::string> parent_id;
};

}  // namespace gongkai::domain
