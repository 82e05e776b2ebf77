#include "engine/render/TileVisibility.h"

#include "engine/render/CubeFaceAxes.h"

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>

#include <algorithm>
#include <cmath>

namespace cloudtour::render {
namespace {

// Both the view and a polygon seen from the eye are convex cones (the positive combinations of
// their corner rays), so when every corner of one lies strictly beyond a plane through the eye
// that holds the other on its side, nothing of either reaches the other.
bool allBeyond(const glm::dvec3& normal, std::span<const glm::dvec3> points) {
    return std::all_of(points.begin(), points.end(), [&](const glm::dvec3& p) { return glm::dot(normal, p) > 0.0; });
}

// A range of tiles of one face: rows [row0, row1), columns [column0, column1).
struct TileRange {
    int row0, row1, column0, column1;
};

std::array<glm::dvec3, 4> rangeCorners(const PyramidLevel& level, int face, const TileRange& range) {
    const FaceRect first = tileFaceRect(level, range.row0, range.column0);
    const FaceRect last = tileFaceRect(level, range.row1 - 1, range.column1 - 1);
    return {cubeFacePoint(face, first.s0, first.t0), cubeFacePoint(face, last.s1, first.t0),
            cubeFacePoint(face, last.s1, last.t1), cubeFacePoint(face, first.s0, last.t1)};
}

void collect(const PyramidLevel& level, int levelIndex, int face, const TileRange& range, const ViewFrustum& frustum,
             std::vector<TileId>& out) {
    if (!frustum.mayShow(rangeCorners(level, face, range))) {
        return;
    }
    const int rows = range.row1 - range.row0;
    const int columns = range.column1 - range.column0;
    if (rows == 1 && columns == 1) {
        out.push_back({levelIndex, face, range.row0, range.column0});
        return;
    }
    // Split the longer side: the halves stay close to square, so their corners bound them tightly.
    if (columns >= rows) {
        const int middle = range.column0 + columns / 2;
        collect(level, levelIndex, face, {range.row0, range.row1, range.column0, middle}, frustum, out);
        collect(level, levelIndex, face, {range.row0, range.row1, middle, range.column1}, frustum, out);
    } else {
        const int middle = range.row0 + rows / 2;
        collect(level, levelIndex, face, {range.row0, middle, range.column0, range.column1}, frustum, out);
        collect(level, levelIndex, face, {middle, range.row1, range.column0, range.column1}, frustum, out);
    }
}

} // namespace

ViewFrustum::ViewFrustum(const math::View& view, double marginPixels) {
    // In camera space a point p is inside when |p.x| <= tx (-p.z) and |p.y| <= ty (-p.z); each
    // inequality is a plane through the eye. World normals are the camera ones turned by the view.
    const double tx = std::tan(0.5 * view.hfov()) * (1.0 + 2.0 * marginPixels / view.width());
    const double ty = std::tan(0.5 * view.vfov()) * (1.0 + 2.0 * marginPixels / view.height());
    const glm::dmat3 rotation = view.rotation();
    mNormals = {rotation * glm::dvec3(1.0, 0.0, tx), rotation * glm::dvec3(-1.0, 0.0, tx),
                rotation * glm::dvec3(0.0, 1.0, ty), rotation * glm::dvec3(0.0, -1.0, ty)};
    mRays = {rotation * glm::dvec3(-tx, -ty, -1.0), rotation * glm::dvec3(tx, -ty, -1.0),
             rotation * glm::dvec3(tx, ty, -1.0), rotation * glm::dvec3(-tx, ty, -1.0)};
}

bool ViewFrustum::mayShow(std::span<const glm::dvec3> corners) const {
    for (const glm::dvec3& normal : mNormals) {
        if (allBeyond(normal, corners)) {
            return false;
        }
    }
    glm::dvec3 centre(0.0);
    for (const glm::dvec3& corner : corners) {
        centre += corner;
    }
    for (std::size_t i = 0; i < corners.size(); ++i) {
        glm::dvec3 normal = glm::cross(corners[i], corners[(i + 1) % corners.size()]);
        if (glm::dot(normal, centre) > 0.0) {
            normal = -normal; // outwards, away from the polygon
        }
        if (allBeyond(normal, mRays)) {
            return false;
        }
    }
    return true;
}

std::vector<TileId> visibleTiles(const TilePyramid& pyramid, int level, const math::View& view, double marginPixels) {
    std::vector<TileId> tiles;
    const PyramidLevel& geometry = pyramid.levels.at(static_cast<std::size_t>(level));
    const ViewFrustum frustum(view, marginPixels);
    const int side = geometry.tilesPerSide();
    for (int face = 0; face < kCubeFaceCount; ++face) {
        collect(geometry, level, face, {0, side, 0, side}, frustum, tiles);
    }
    return tiles;
}

glm::dvec3 tileCentreDirection(const TilePyramid& pyramid, const TileId& id) {
    const FaceRect rect = tileFaceRect(pyramid.levels.at(static_cast<std::size_t>(id.level)), id.row, id.column);
    return glm::normalize(cubeFacePoint(id.face, 0.5 * (rect.s0 + rect.s1), 0.5 * (rect.t0 + rect.t1)));
}

} // namespace cloudtour::render
