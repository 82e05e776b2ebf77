#include "engine/render/TileMesh.h"
#include "tests/engine/render/CountingTileGpu.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <set>
#include <tuple>

using namespace cloudtour::render;
using cloudtour::render::test::CountingTileGpu;
using cloudtour::render::test::solidTile;

namespace {

using Point = std::tuple<float, float, float>;

// The points of a mesh that lie on a cube edge (two coordinates at +-1), per face and edge.
// An edge is named by its two fixed coordinates, e.g. "y-1 z+1".
std::map<std::string, std::map<int, std::set<Point>>> edgePoints(const TileMesh& mesh,
                                                                 const std::vector<int>& faceOfVertex) {
    std::map<std::string, std::map<int, std::set<Point>>> edges;
    for (std::size_t i = 0; i < mesh.vertices.size(); ++i) {
        const TileVertex& v = mesh.vertices[i];
        const float c[3] = {v.x, v.y, v.z};
        std::string name;
        for (int axis = 0; axis < 3; ++axis) {
            if (std::abs(c[axis]) == 1.0f) {
                name += std::string(1, "xyz"[axis]) + (c[axis] > 0 ? "+1 " : "-1 ");
            }
        }
        if (name.size() == 8) { // exactly two fixed coordinates: an edge, not a corner or inside
            edges[name][faceOfVertex[i]].insert({v.x, v.y, v.z});
        }
    }
    return edges;
}

} // namespace

TEST_CASE("tile edges and their mirror images cut every side", "[tiles]") {
    CHECK(symmetricTileEdges({1096, 512}) == std::vector<double>{0, 72, 512, 584, 1024, 1096});
    CHECK(symmetricTileEdges({1024, 512}) == std::vector<double>{0, 512, 1024});
    CHECK(symmetricTileEdges({274, 512}) == std::vector<double>{0, 274});
}

TEST_CASE("faces meeting at a cube edge share their vertices there bit for bit", "[tiles]") {
    // gallery's level 3: 1096-pixel faces, tiles of 512, 512 and 72 pixels, so the tile corners of
    // faces that meet in opposite directions (back and down, up and back, left and down...) fall
    // at different points unless the mesh cuts both sides alike.
    TilePyramid pyramid;
    pyramid.levels = {{274, 512}, {548, 512}, {1096, 512}};
    CountingTileGpu gpu;
    TileStore store(gpu, 1ull << 40);
    const auto tiles = levelTiles(pyramid, 2);
    for (const TileId& id : tiles) {
        const TileSize size = tilePixelSize(pyramid.levels[2], id.row, id.column);
        REQUIRE(store.insert(id, solidTile(size.width, size.height), false));
    }
    const auto draws = coverTiles(pyramid, store, tiles);
    const TileMesh mesh = buildTileMesh(draws, pyramid.levels[2]);
    std::vector<int> faceOfVertex(mesh.vertices.size());
    for (const TileBatch& batch : mesh.batches) {
        const auto draw =
            std::find_if(draws.begin(), draws.end(), [&](const TileDraw& d) { return d.texture == batch.texture; });
        REQUIRE(draw != draws.end());
        std::fill_n(faceOfVertex.begin() + batch.first, batch.count, draw->face);
    }
    const auto edges = edgePoints(mesh, faceOfVertex);
    CHECK(edges.size() == 12);
    for (const auto& [edge, faces] : edges) {
        INFO("edge " << edge);
        REQUIRE(faces.size() == 2);
        const auto& a = faces.begin()->second;
        const auto& b = std::next(faces.begin())->second;
        CHECK(a == b);
        CHECK(a.size() == 4); // the 6 cuts less the two corners
    }
}

TEST_CASE("a region cut for the mesh keeps its texture mapping", "[tiles]") {
    // A 1096-pixel level's first tile (0-512) is cut at 72: the piece's texture coordinates follow.
    TileDraw draw;
    draw.face = 0;
    draw.region = {0, 0, 512, 512};
    draw.texCoords = {0.0, 0.0, 1.0, 1.0};
    draw.texture = 7;
    const TileMesh mesh = buildTileMesh(std::span(&draw, 1), {1096, 512});
    REQUIRE(mesh.batches.size() == 1);
    CHECK(mesh.batches[0].count == 4 * 6); // cut at 72 both ways: four quads
    std::set<std::pair<float, float>> uv;
    for (const TileVertex& v : mesh.vertices) {
        uv.insert({v.u, v.v});
        // On the front face (z = -1), x = (2 px - 1096) / 1096 and u = px / 512.
        CHECK(v.z == -1.0f);
        CHECK(v.u == Approx(((v.x * 1096.0 + 1096.0) / 2.0) / 512.0).margin(1e-6));
        CHECK(v.v == Approx(((-v.y * 1096.0 + 1096.0) / 2.0) / 512.0).margin(1e-6));
    }
    CHECK(uv.count({72.0f / 512.0f, 72.0f / 512.0f}) == 1);
    CHECK(uv.size() == 9);
}
