// A grid of values over a primitive's [0,1]^2 lightmap parameter, sampled bilinearly between texel centres.
#pragma once

#include "Vec3.h"

#include <cmath>
#include <vector>

namespace cloudtour::samplegen {

class Lightmap {
public:
    Lightmap() = default;
    Lightmap(int nx, int ny, bool wrapU) : nx_(nx), ny_(ny), wrapU_(wrapU), data_(static_cast<std::size_t>(nx * ny)) {}

    int nx() const { return nx_; }
    int ny() const { return ny_; }
    bool empty() const { return data_.empty(); }
    Vec2 texelUv(int i, int j) const { return {(i + 0.5) / nx_, (j + 0.5) / ny_}; }
    Vec3& at(int i, int j) { return data_[static_cast<std::size_t>(j * nx_ + i)]; }
    const Vec3& at(int i, int j) const { return data_[static_cast<std::size_t>(j * nx_ + i)]; }

    Vec3 sample(Vec2 uv) const {
        const double x = uv.x * nx_ - 0.5;
        const double y = uv.y * ny_ - 0.5;
        const double fx = std::floor(x);
        const double fy = std::floor(y);
        const double tx = x - fx;
        const double ty = y - fy;
        const int i0 = static_cast<int>(fx);
        const int j0 = std::clamp(static_cast<int>(fy), 0, ny_ - 1);
        const int j1 = std::clamp(static_cast<int>(fy) + 1, 0, ny_ - 1);
        const int ia = column(i0);
        const int ib = column(i0 + 1);
        const Vec3 top = mix(at(ia, j0), at(ib, j0), tx);
        const Vec3 bottom = mix(at(ia, j1), at(ib, j1), tx);
        return mix(top, bottom, ty);
    }

private:
    int column(int i) const {
        if (wrapU_) {
            return ((i % nx_) + nx_) % nx_;
        }
        return std::clamp(i, 0, nx_ - 1);
    }

    int nx_ = 0;
    int ny_ = 0;
    bool wrapU_ = false;
    std::vector<Vec3> data_;
};

} // namespace cloudtour::samplegen
