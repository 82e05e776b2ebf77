#include "engine/core/Error.h"

namespace cloudtour::core {

Error fileError(const std::string& path, const std::string& what) {
    return Error{path + ": " + what};
}

} // namespace cloudtour::core
