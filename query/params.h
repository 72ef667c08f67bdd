// Query parameters from the command line: `--param k=v` and a JSON file.
#pragma once

#include <string>

#include "graph/base/status.h"
#include "query/exec_context.h"

namespace kg::query {

// "name=value". The value is read as a Cypher literal when it is one (42,
// 1.5, 'text', true, null, [1, 2], {k: 'v'}, -3); anything else is taken as
// a plain string, so --param name='Nguyen Xuan Ky' works after the shell has
// eaten the quotes. A temporal constructor with constant arguments is a value
// too: --param since="date('2020-01-01')", --param span="duration('P3M')".
Status AddParamArgument(const std::string& argument, Params& params);

// A JSON object whose members become parameters (integers stay integers,
// arrays become lists, objects maps).
Status AddParamsFromJson(const std::string& json_text, Params& params);

}  // namespace kg::query
