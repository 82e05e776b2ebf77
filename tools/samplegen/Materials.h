// Surface colours (linear albedo) of the whole scene. albedo() dispatches on the primitive's material to the
// paint functions, which take painting coordinates in metres (see Cave.cpp for each wall's frame) and return
// the aged colour.
#pragma once

#include "Primitive.h"
#include "Vec3.h"

namespace cloudtour::samplegen {

Vec3 albedo(const Primitive& prim, const Hit& hit);

// Murals.cpp
Vec3 paintSideWall(Vec2 p, int variant);
Vec3 paintEastWall(Vec2 p);
Vec3 paintWestWall(Vec2 p);
Vec3 paintCorridorWall(Vec2 p, int variant);

// Ceiling.cpp
Vec3 paintCeilingSlope(Vec2 p, int side);
Vec3 paintWellSide(Vec2 p, int side);
Vec3 paintWellTop(Vec2 p);
Vec3 paintCorridorCeiling(Vec2 p);

// NichePaint.cpp
Vec3 paintNicheBack(Vec2 p);
Vec3 paintNicheSide(Vec2 p, int variant);
Vec3 paintNicheCeiling(Vec2 p);
Vec3 paintNicheFloor(Vec2 p);

// Ground.cpp
Vec3 paintFloorTiles(Vec2 p);
Vec3 paintCorridorFloor(Vec2 p);
Vec3 paintOutdoor(const Primitive& prim, const Hit& hit);

// StatuePaint.cpp
Vec3 paintStatue(const Primitive& prim, const Hit& hit);

} // namespace cloudtour::samplegen
