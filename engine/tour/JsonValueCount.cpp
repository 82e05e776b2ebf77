#include "engine/tour/JsonValueCount.h"

namespace cloudtour::tour {

std::size_t countJsonValues(std::string_view text) {
    std::size_t count = 1;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i; // the escaped character cannot end the string
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == ',' || c == ':' || c == '[' || c == '{') {
            ++count;
        }
    }
    return count;
}

} // namespace cloudtour::tour
