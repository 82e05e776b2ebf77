#include "Materials.h"

namespace cloudtour::samplegen {

Vec3 albedo(const Primitive& prim, const Hit& hit) {
    const Vec2 p{hit.local.x, hit.local.y};
    switch (prim.material) {
    case Material::Plaster:
        return {0.6, 0.55, 0.45};
    case Material::FloorTiles:
        return paintFloorTiles(p);
    case Material::CorridorFloor:
        return paintCorridorFloor(p);
    case Material::NorthWall:
        return paintSideWall(p, 0);
    case Material::SouthWall:
        return paintSideWall(p, 1);
    case Material::EastWall:
        return paintEastWall(p);
    case Material::WestWall:
        return paintWestWall(p);
    case Material::CeilingSlope:
        return paintCeilingSlope(p, prim.variant);
    case Material::WellSide:
        return paintWellSide(p, prim.variant);
    case Material::WellTop:
        return paintWellTop(p);
    case Material::CorridorWallNorth:
        return paintCorridorWall(p, 0);
    case Material::CorridorWallSouth:
        return paintCorridorWall(p, 1);
    case Material::CorridorCeiling:
        return paintCorridorCeiling(p);
    case Material::NicheBack:
        return paintNicheBack(p);
    case Material::NicheSide:
        return paintNicheSide(p, prim.variant);
    case Material::NicheCeiling:
        return paintNicheCeiling(p);
    case Material::NicheFloor:
        return paintNicheFloor(p);
    case Material::Sand:
    case Material::PoplarCrown:
    case Material::PoplarTrunk:
        return paintOutdoor(prim, hit);
    default:
        return paintStatue(prim, hit);
    }
}

} // namespace cloudtour::samplegen
