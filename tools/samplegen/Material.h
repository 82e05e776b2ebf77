// Material identifiers: each names one painted or natural surface of the scene; Materials.cpp maps them to
// albedo functions.
#pragma once

#include <cstdint>

namespace cloudtour::samplegen {

enum class Material : std::uint8_t {
    Plaster,
    FloorTiles,
    CorridorFloor,
    NorthWall,
    SouthWall,
    EastWall,
    WestWall,
    CeilingSlope,
    WellSide,
    WellTop,
    CorridorWallNorth,
    CorridorWallSouth,
    CorridorCeiling,
    NicheBack,
    NicheSide,
    NicheCeiling,
    NicheFloor,
    BuddhaHead,
    BuddhaSkin,
    BuddhaRobe,
    BuddhaHands,
    DiscipleHeadOld,
    DiscipleHeadYoung,
    DiscipleRobeOld,
    DiscipleRobeYoung,
    Pedestal,
    LotusSeat,
    Sand,
    PoplarCrown,
    PoplarTrunk,
};

} // namespace cloudtour::samplegen
