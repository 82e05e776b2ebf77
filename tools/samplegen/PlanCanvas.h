// A small raster canvas for the floor plan: antialiased shape fills from inside-tests, lines, bitmap text,
// and PNG output through stb_image_write.
#pragma once

#include "Vec3.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace cloudtour::samplegen {

struct Rgb {
    std::uint8_t r, g, b;
};

class Canvas {
public:
    Canvas(int width, int height, Rgb background);

    int width() const { return width_; }
    int height() const { return height_; }

    // Blends `colour` by the fraction of 4x4 subsamples (pixel coordinates) for which inside() holds,
    // within the pixel box [x0,x1) x [y0,y1).
    void fill(const std::function<bool(double, double)>& inside, Rgb colour, int x0, int y0, int x1, int y1);
    void fill(const std::function<bool(double, double)>& inside, Rgb colour);
    // Line of the given width; dash > 0 draws dashes and gaps of that length.
    void line(Vec2 a, Vec2 b, double width, Rgb colour, double dash = 0.0);
    void disk(Vec2 centre, double radius, Rgb colour);
    void ring(Vec2 centre, double radius, double width, Rgb colour, double dash = 0.0);
    // Text with its top-left corner at (x, y); each font pixel becomes scale x scale pixels.
    void text(int x, int y, const std::string& s, int scale, Rgb colour);
    static int textWidth(const std::string& s, int scale) { return static_cast<int>(s.size()) * 6 * scale - scale; }

    bool writePng(const std::string& path) const;

private:
    void blend(int x, int y, Rgb colour, double alpha);

    int width_;
    int height_;
    std::vector<std::uint8_t> rgb_;
};

} // namespace cloudtour::samplegen
