#include "engine/render/TileMesh.h"

#include "engine/render/CubeFaceAxes.h"

#include <algorithm>

namespace cloudtour::render {
namespace {

// The cuts strictly inside [a, b], with a and b themselves.
std::vector<double> cutsWithin(const std::vector<double>& edges, double a, double b) {
    std::vector<double> cuts{a};
    for (const double edge : edges) {
        if (edge > a && edge < b) {
            cuts.push_back(edge);
        }
    }
    cuts.push_back(b);
    return cuts;
}

double lerp(double a, double b, double t) {
    return a + (b - a) * t;
}

TileVertex vertex(int face, double size, double px, double py, const TileDraw& draw) {
    // (2 p - size) / size: exact for whole pixels, and sign-symmetric, so the faces on both sides
    // of a cube edge compute the same point to the bit.
    const double a = (2.0 * px - size) / size;
    const double b = (2.0 * py - size) / size;
    const CubeFaceAxes& axes = kCubeFaceAxes[static_cast<std::size_t>(face)];
    const glm::dvec3 p = axes.forward + a * axes.right + b * axes.down;
    const FaceRect& r = draw.region;
    const double u = lerp(draw.texCoords.s0, draw.texCoords.s1, (px - r.s0) / (r.s1 - r.s0));
    const double v = lerp(draw.texCoords.t0, draw.texCoords.t1, (py - r.t0) / (r.t1 - r.t0));
    return {static_cast<float>(p.x), static_cast<float>(p.y), static_cast<float>(p.z), static_cast<float>(u),
            static_cast<float>(v)};
}

} // namespace

std::vector<double> symmetricTileEdges(const PyramidLevel& level) {
    std::vector<double> edges;
    for (long long edge = 0; edge < level.faceSize; edge += level.tileSize) {
        edges.push_back(static_cast<double>(edge));
        edges.push_back(static_cast<double>(level.faceSize - edge));
    }
    edges.push_back(level.faceSize);
    edges.push_back(0.0);
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    return edges;
}

TileMesh buildTileMesh(std::span<const TileDraw> draws, const PyramidLevel& level) {
    const std::vector<double> edges = symmetricTileEdges(level);
    const double size = level.faceSize;
    TileMesh mesh;
    for (const TileDraw& draw : draws) {
        const auto columns = cutsWithin(edges, draw.region.s0, draw.region.s1);
        const auto rows = cutsWithin(edges, draw.region.t0, draw.region.t1);
        const int first = static_cast<int>(mesh.vertices.size());
        for (std::size_t j = 0; j + 1 < rows.size(); ++j) {
            for (std::size_t i = 0; i + 1 < columns.size(); ++i) {
                const TileVertex topLeft = vertex(draw.face, size, columns[i], rows[j], draw);
                const TileVertex topRight = vertex(draw.face, size, columns[i + 1], rows[j], draw);
                const TileVertex bottomLeft = vertex(draw.face, size, columns[i], rows[j + 1], draw);
                const TileVertex bottomRight = vertex(draw.face, size, columns[i + 1], rows[j + 1], draw);
                mesh.vertices.insert(mesh.vertices.end(),
                                     {topLeft, topRight, bottomLeft, bottomLeft, topRight, bottomRight});
            }
        }
        const int count = static_cast<int>(mesh.vertices.size()) - first;
        if (!mesh.batches.empty() && mesh.batches.back().texture == draw.texture &&
            mesh.batches.back().first + mesh.batches.back().count == first) {
            mesh.batches.back().count += count;
        } else {
            mesh.batches.push_back({draw.texture, first, count});
        }
    }
    return mesh;
}

} // namespace cloudtour::render
