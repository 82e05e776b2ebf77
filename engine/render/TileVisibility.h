#pragma once

#include "engine/math/View.h"
#include "engine/render/TilePyramid.h"

#include <glm/vec3.hpp>

#include <array>
#include <span>
#include <vector>

namespace cloudtour::render {

/// The four side planes of a view's pyramid of sight, through the eye, in world space. A view
/// narrower than 180 degrees sees only in front, so these four planes bound it completely.
class ViewFrustum {
public:
    /// `marginPixels` widens the frustum on every side (a tile just off screen still counts).
    explicit ViewFrustum(const math::View& view, double marginPixels = 0.0);

    /// Whether a convex polygon (corners in order around it, seen from the eye) may show. False
    /// only when a plane through the eye separates it from the view: one of the view's four sides,
    /// or one through an edge of the polygon with all four corner rays of the view beyond it. True
    /// may still include a polygon just outside a corner of the view (conservative).
    [[nodiscard]] bool mayShow(std::span<const glm::dvec3> corners) const;

private:
    std::array<glm::dvec3, 4> mNormals; ///< pointing out of the frustum
    std::array<glm::dvec3, 4> mRays;    ///< the corner rays
};

/// The tiles of one level that may show in the view (conservatively: none that shows is left out),
/// found by splitting each face's tile range in halves and dropping the halves out of sight.
/// `marginPixels` widens the view on every side (tiles about to come into view when it turns).
std::vector<TileId> visibleTiles(const TilePyramid& pyramid, int level, const math::View& view,
                                 double marginPixels = 1.0);

/// Unit world direction through the centre of a tile.
glm::dvec3 tileCentreDirection(const TilePyramid& pyramid, const TileId& id);

} // namespace cloudtour::render
