#include "Lighting.h"

#include "Layout.h"
#include "Materials.h"
#include "Noise.h"
#include "Parallel.h"
#include "Sky.h"

#include <cmath>

namespace cloudtour::samplegen {

namespace {

constexpr double kFineTexel = 0.04;   // metres; the sun's penumbra through the mouth is about this wide
constexpr double kCoarseTexel = 0.12; // interreflected light varies slowly
constexpr double kStatueScale = 0.5;  // statues get finer maps: they are seen close up
constexpr int kMouthSamples = 6;      // per axis, stratified over the mouth rectangle
constexpr int kAoRays = 32;
constexpr double kAoDistance = 0.7;
constexpr int kGatherRays = 200;
constexpr double kOffset = 1e-4;

Vec3 cosineDirection(const Vec3& n, double r1, double r2) {
    const Frame f = Frame::alongZ(n);
    const double phi = 2.0 * kPi * r1;
    const double s = std::sqrt(r2);
    return f.toWorld({s * std::cos(phi), s * std::sin(phi), std::sqrt(std::max(0.0, 1.0 - r2))});
}

// Radiance of the world outside the mouth by direction, tabulated once from the middle of the mouth: the
// terrace, trees and sky are far enough that the exact point in the opening hardly matters.
class OutsideView {
public:
    explicit OutsideView(const Scene& scene) : table_(static_cast<std::size_t>(kW * kH)) {
        using namespace layout;
        const Vec3 mouth{kMouthX + 1e-3, 0.0, 0.5 * kDoorTop};
        for (int j = 0; j < kH; ++j) {
            for (int i = 0; i < kW; ++i) {
                const double az = ((i + 0.5) / kW - 0.5) * kPi;
                const double el = ((j + 0.5) / kH - 0.5) * kPi;
                const Vec3 d{std::cos(el) * std::cos(az), std::cos(el) * std::sin(az), std::sin(el)};
                table_[static_cast<std::size_t>(j * kW + i)] = outsideRadiance(scene, mouth, d, false);
            }
        }
    }

    Vec3 operator()(const Vec3& d) const {
        const double az = std::atan2(d.y, d.x);
        const double el = std::asin(std::clamp(d.z, -1.0, 1.0));
        const int i = std::clamp(static_cast<int>((az / kPi + 0.5) * kW), 0, kW - 1);
        const int j = std::clamp(static_cast<int>((el / kPi + 0.5) * kH), 0, kH - 1);
        return table_[static_cast<std::size_t>(j * kW + i)];
    }

private:
    static constexpr int kW = 180;
    static constexpr int kH = 90;
    std::vector<Vec3> table_;
};

// Daylight from the mouth treated as an area light: its radiance in each direction is whatever lies outside.
Vec3 mouthLight(const Scene& scene, const OutsideView& outside, const Vec3& p, const Vec3& n, Rng& rng) {
    using namespace layout;
    const double width = 2.0 * kDoorHalf;
    const double area = width * kDoorTop;
    Vec3 sum;
    for (int i = 0; i < kMouthSamples; ++i) {
        for (int j = 0; j < kMouthSamples; ++j) {
            const Vec3 m{kMouthX, -kDoorHalf + width * (i + rng.next()) / kMouthSamples,
                         kDoorTop * (j + rng.next()) / kMouthSamples};
            const Vec3 d = m - p;
            const double dist2 = dot(d, d);
            const Vec3 dir = d / std::sqrt(dist2);
            const double cosP = dot(n, dir);
            const double cosM = dir.x;
            if (cosP <= 0.0 || cosM <= 0.0 || scene.occluded(p, m)) {
                continue;
            }
            sum += outside(dir) * (cosP * cosM / dist2);
        }
    }
    return sum * (area / (kMouthSamples * kMouthSamples));
}

double ambientOcclusion(const Scene& scene, const Vec3& p, const Vec3& n, Rng& rng) {
    double occlusion = 0.0;
    const int side = static_cast<int>(std::sqrt(static_cast<double>(kAoRays)));
    const int rays = side * side;
    for (int k = 0; k < rays; ++k) {
        const Vec3 d = cosineDirection(n, (k % side + rng.next()) / side, (k / side + rng.next()) / side);
        Hit h;
        if (scene.trace({p, d}, kAoDistance, h)) {
            const double f = 1.0 - h.t / kAoDistance;
            occlusion += f * f;
        }
    }
    return 1.0 - occlusion / rays;
}

int cells(double extent, double texel) {
    return std::max(2, static_cast<int>(std::ceil(extent / texel)));
}

} // namespace

void Lighting::allocate(const Scene& scene) {
    maps_.resize(static_cast<std::size_t>(scene.size()));
    for (int i = 0; i < scene.size(); ++i) {
        const Primitive& prim = scene.prim(i);
        if (prim.outdoor) {
            continue;
        }
        const double scale = prim.kind == PrimKind::Patch ? 1.0 : kStatueScale;
        const Vec2 ext = parameterExtent(prim);
        const bool wrap = wrapsU(prim);
        const int fx = cells(ext.x, kFineTexel * scale);
        const int fy = cells(ext.y, kFineTexel * scale);
        Maps& m = maps_[static_cast<std::size_t>(i)];
        m.direct = Lightmap(fx, fy, wrap);
        m.ao = Lightmap(fx, fy, wrap);
        m.albedo = Lightmap(fx, fy, wrap);
        m.sun = Lightmap(fx, fy, wrap);
        m.exitance = Lightmap(fx, fy, wrap);
        m.indirect = Lightmap(cells(ext.x, kCoarseTexel * scale), cells(ext.y, kCoarseTexel * scale), wrap);
    }
}

void Lighting::bakeDirect(const Scene& scene) {
    // One work item per (primitive, texel row).
    std::vector<std::pair<int, int>> rows;
    for (int i = 0; i < scene.size(); ++i) {
        for (int j = 0; j < maps_[static_cast<std::size_t>(i)].direct.ny(); ++j) {
            rows.emplace_back(i, j);
        }
    }
    const OutsideView outside(scene);
    parallelFor(static_cast<int>(rows.size()), [&](int item) {
        const auto [pi, j] = rows[static_cast<std::size_t>(item)];
        const Primitive& prim = scene.prim(pi);
        Maps& m = maps_[static_cast<std::size_t>(pi)];
        for (int i = 0; i < m.direct.nx(); ++i) {
            Rng rng(static_cast<std::uint64_t>(pi) << 40 ^ static_cast<std::uint64_t>(j) << 20 ^
                    static_cast<std::uint64_t>(i));
            Hit h = surfaceAt(prim, m.direct.texelUv(i, j));
            const Vec3 p = h.p + h.n * kOffset;
            m.albedo.at(i, j) = albedo(prim, h);
            m.direct.at(i, j) = mouthLight(scene, outside, p, h.n, rng);
            m.sun.at(i, j) = indoorSun(h.p, h.n);
            m.ao.at(i, j) = Vec3{ambientOcclusion(scene, p, h.n, rng), 0, 0};
        }
    });
}

void Lighting::updateExitance(bool withIndirect) {
    for (Maps& m : maps_) {
        for (int j = 0; j < m.direct.ny(); ++j) {
            for (int i = 0; i < m.direct.nx(); ++i) {
                Vec3 e = m.direct.at(i, j) + m.sun.at(i, j);
                if (withIndirect) {
                    e += m.indirect.sample(m.direct.texelUv(i, j));
                }
                m.exitance.at(i, j) = m.albedo.at(i, j) * e;
            }
        }
    }
}

void Lighting::gatherIndirect(const Scene& scene) {
    std::vector<std::pair<int, int>> rows;
    for (int i = 0; i < scene.size(); ++i) {
        for (int j = 0; j < maps_[static_cast<std::size_t>(i)].indirect.ny(); ++j) {
            rows.emplace_back(i, j);
        }
    }
    std::vector<Lightmap> next;
    for (const Maps& m : maps_) {
        next.push_back(m.indirect);
    }
    parallelFor(static_cast<int>(rows.size()), [&](int item) {
        const auto [pi, j] = rows[static_cast<std::size_t>(item)];
        const Primitive& prim = scene.prim(pi);
        Lightmap& out = next[static_cast<std::size_t>(pi)];
        const int side = static_cast<int>(std::sqrt(static_cast<double>(kGatherRays)));
        for (int i = 0; i < out.nx(); ++i) {
            Rng rng(static_cast<std::uint64_t>(pi) << 40 ^ static_cast<std::uint64_t>(j) << 20 ^
                    static_cast<std::uint64_t>(i) ^ 0xABCDEFull);
            const Hit h = surfaceAt(prim, out.texelUv(i, j));
            const Vec3 p = h.p + h.n * kOffset;
            Vec3 sum;
            for (int k = 0; k < side * side; ++k) {
                const Vec3 d = cosineDirection(h.n, (k % side + rng.next()) / side, (k / side + rng.next()) / side);
                Hit g;
                if (scene.trace({p, d}, 1e6, g) && !scene.prim(g.prim).outdoor) {
                    sum += maps_[static_cast<std::size_t>(g.prim)].exitance.sample(g.uv);
                }
            }
            out.at(i, j) = sum / static_cast<double>(side * side);
        }
    });
    for (std::size_t i = 0; i < maps_.size(); ++i) {
        maps_[i].indirect = std::move(next[i]);
    }
}

Lighting Lighting::bake(const Scene& scene) {
    Lighting l;
    l.allocate(scene);
    l.bakeDirect(scene);
    l.updateExitance(false);
    l.gatherIndirect(scene);
    l.updateExitance(true);
    l.gatherIndirect(scene);
    return l;
}

Vec3 Lighting::irradiance(const Hit& hit, double fillScale) const {
    const Maps& m = maps_[static_cast<std::size_t>(hit.prim)];
    return m.direct.sample(hit.uv) + m.indirect.sample(hit.uv) + light::kFill * (fillScale * m.ao.sample(hit.uv).x) +
           indoorSun(hit.p, hit.n);
}

} // namespace cloudtour::samplegen
