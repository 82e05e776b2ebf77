#include "PlanCanvas.h"

#include "Font.h"
#include "Paint2D.h"

#include <stb/stb_image_write.h>

#include <cmath>

namespace cloudtour::samplegen {

Canvas::Canvas(int width, int height, Rgb background)
    : width_(width), height_(height), rgb_(static_cast<std::size_t>(width * height * 3)) {
    for (std::size_t i = 0; i < rgb_.size(); i += 3) {
        rgb_[i] = background.r;
        rgb_[i + 1] = background.g;
        rgb_[i + 2] = background.b;
    }
}

void Canvas::blend(int x, int y, Rgb colour, double alpha) {
    if (x < 0 || y < 0 || x >= width_ || y >= height_ || alpha <= 0.0) {
        return;
    }
    std::uint8_t* p = &rgb_[static_cast<std::size_t>((y * width_ + x) * 3)];
    const Rgb c = colour;
    p[0] = static_cast<std::uint8_t>(std::lround(p[0] + (c.r - p[0]) * alpha));
    p[1] = static_cast<std::uint8_t>(std::lround(p[1] + (c.g - p[1]) * alpha));
    p[2] = static_cast<std::uint8_t>(std::lround(p[2] + (c.b - p[2]) * alpha));
}

void Canvas::fill(const std::function<bool(double, double)>& inside, Rgb colour, int x0, int y0, int x1, int y1) {
    x0 = std::max(x0, 0);
    y0 = std::max(y0, 0);
    x1 = std::min(x1, width_);
    y1 = std::min(y1, height_);
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            int count = 0;
            for (int s = 0; s < 16; ++s) {
                count += inside(x + (s % 4 + 0.5) / 4.0, y + (s / 4 + 0.5) / 4.0) ? 1 : 0;
            }
            blend(x, y, colour, count / 16.0);
        }
    }
}

void Canvas::fill(const std::function<bool(double, double)>& inside, Rgb colour) {
    fill(inside, colour, 0, 0, width_, height_);
}

void Canvas::line(Vec2 a, Vec2 b, double width, Rgb colour, double dash) {
    const Vec2 d = b - a;
    const double len = length(d);
    const double pad = width + 2.0;
    fill(
        [&](double x, double y) {
            const Vec2 p{x, y};
            if (distSegment(p, a, b) > 0.5 * width) {
                return false;
            }
            if (dash <= 0.0) {
                return true;
            }
            const double along = dot(p - a, d) / len;
            return fract(along / (2.0 * dash)) < 0.5;
        },
        colour, static_cast<int>(std::min(a.x, b.x) - pad), static_cast<int>(std::min(a.y, b.y) - pad),
        static_cast<int>(std::max(a.x, b.x) + pad), static_cast<int>(std::max(a.y, b.y) + pad));
}

void Canvas::disk(Vec2 centre, double radius, Rgb colour) {
    fill([&](double x, double y) { return std::hypot(x - centre.x, y - centre.y) <= radius; }, colour,
         static_cast<int>(centre.x - radius - 2), static_cast<int>(centre.y - radius - 2),
         static_cast<int>(centre.x + radius + 2), static_cast<int>(centre.y + radius + 2));
}

void Canvas::ring(Vec2 centre, double radius, double width, Rgb colour, double dash) {
    fill(
        [&](double x, double y) {
            if (std::abs(std::hypot(x - centre.x, y - centre.y) - radius) > 0.5 * width) {
                return false;
            }
            const double arc = (std::atan2(y - centre.y, x - centre.x) + kPi) * radius;
            return dash <= 0.0 || fract(arc / (2.0 * dash)) < 0.5;
        },
        colour, static_cast<int>(centre.x - radius - width - 2), static_cast<int>(centre.y - radius - width - 2),
        static_cast<int>(centre.x + radius + width + 2), static_cast<int>(centre.y + radius + width + 2));
}

void Canvas::text(int x, int y, const std::string& s, int scale, Rgb colour) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto bits = glyph(s[i]);
        const int gx = x + static_cast<int>(i) * 6 * scale;
        for (int r = 0; r < 7; ++r) {
            for (int c = 0; c < 5; ++c) {
                if ((bits[static_cast<std::size_t>(r)] >> (4 - c)) & 1u) {
                    for (int k = 0; k < scale * scale; ++k) {
                        blend(gx + c * scale + k % scale, y + r * scale + k / scale, colour, 1.0);
                    }
                }
            }
        }
    }
}

bool Canvas::writePng(const std::string& path) const {
    return stbi_write_png(path.c_str(), width_, height_, 3, rgb_.data(), width_ * 3) != 0;
}

} // namespace cloudtour::samplegen
