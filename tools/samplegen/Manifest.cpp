#include "Manifest.h"

#include "Layout.h"
#include "Panorama.h"
#include "Plan.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

namespace cloudtour::samplegen {

namespace {

using namespace layout;

struct Point {
    const char* id;
    const char* label;
    Vec3 position;
};

std::vector<Point> pointsOfInterest() {
    return {
        {"buddha_face", "Face of the seated Buddha", {kBuddhaX + kBuddhaHeadRx, 0.0, kBuddhaHeadZ + 0.03}},
        {"ceiling_lotus", "Lotus in the caisson ceiling", {0.0, 0.0, kWellTop}},
        {"mural_north", "North wall: sermon scene", {0.0, kHalf, 1.8}},
        {"mural_south", "South wall: sermon scene", {0.0, -kHalf, 1.8}},
    };
}

// The niche opening as seen from the chamber: top-left, top-right, bottom-right, bottom-left.
std::vector<Vec3> nicheOutline() {
    return {{-kHalf, -kNicheFrontHalf, kNicheTop},
            {-kHalf, kNicheFrontHalf, kNicheTop},
            {-kHalf, kNicheFrontHalf, kNicheSill},
            {-kHalf, -kNicheFrontHalf, kNicheSill}};
}

std::string number(double v, int decimals = 2) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    return s == "-0.00" || s == "-0.0" ? s.substr(1) : s;
}

// Visible unless something lies between the eye and a point just short of the target (the target itself
// sits on a surface).
bool visible(const Scene& scene, const Vec3& eye, const Vec3& target) {
    const Vec3 d = target - eye;
    const double dist = length(d);
    return !scene.occluded(eye, eye + d * ((dist - 0.05) / dist));
}

std::string view(const Scene& scene, const CameraSpot& spot, const Vec3& target) {
    const Vec2 yp = yawPitchOf(target - spot.eye, spot.heading);
    const bool seen = visible(scene, spot.eye, target);
    return "\"yaw\": " + number(yp.x) + ", \"pitch\": " + number(yp.y) +
           ", \"distance_m\": " + number(length(target - spot.eye)) + ", \"visible\": " + (seen ? "true" : "false");
}

void writeScene(std::ostream& out, const Scene& scene, const CameraSpot& spot) {
    const Vec2 pix = plan::toPixel(spot.eye);
    out << "    {\n      \"id\": \"" << spot.id << "\",\n      \"title\": \"" << spot.title << "\",\n"
        << "      \"image\": \"" << spot.id << ".jpg\",\n"
        << "      \"plan\": {\"x\": " << number(pix.x, 1) << ", \"y\": " << number(pix.y, 1) << "},\n"
        << "      \"heading\": " << number(spot.heading, 1) << ",\n"
        << "      \"eye_height_m\": " << number(spot.eye.z) << ",\n      \"links\": [\n";
    bool first = true;
    for (const CameraSpot& other : cameraSpots()) {
        if (std::string(other.id) == spot.id) {
            continue;
        }
        out << (first ? "" : ",\n") << "        {\"to\": \"" << other.id << "\", "
            << view(scene, spot, {other.eye.x, other.eye.y, 0.0}) << "}";
        first = false;
    }
    out << "\n      ],\n      \"points_of_interest\": [\n";
    for (const Point& poi : pointsOfInterest()) {
        out << "        {\"id\": \"" << poi.id << "\", \"label\": \"" << poi.label << "\", "
            << view(scene, spot, poi.position) << "},\n";
    }
    out << "        {\"id\": \"niche_opening\", \"label\": \"The Buddha niche\", \"polygon\": [";
    first = true;
    for (const Vec3& corner : nicheOutline()) {
        const Vec2 yp = yawPitchOf(corner - spot.eye, spot.heading);
        out << (first ? "" : ", ") << "{\"yaw\": " << number(yp.x) << ", \"pitch\": " << number(yp.y) << "}";
        first = false;
    }
    out << "]}\n      ]\n    }";
}

} // namespace

bool writeManifest(const std::string& path, const Scene& scene) {
    std::ostringstream out;
    out << "{\n  \"generator\": \"cloudtour_samplegen\",\n"
        << "  \"projection\": \"equirectangular\",\n"
        << "  \"conventions\": \"yaw = (u - 0.5) * 360, positive to the right (clockwise from above); "
           "pitch = (0.5 - v) * 180, positive up; heading = compass bearing of yaw 0 on the plan; "
           "bearing of a direction = heading + yaw\",\n"
        << "  \"plan\": {\"image\": \"plan.png\", \"width\": " << plan::kWidth << ", \"height\": " << plan::kHeight
        << ", \"pixels_per_metre\": " << number(plan::kPixelsPerMetre, 1)
        << ", \"north\": \"up\", \"north_bearing_of_image_up\": 0.0, \"origin_pixel\": {\"x\": "
        << number(plan::kOriginPixel.x, 1) << ", \"y\": " << number(plan::kOriginPixel.y, 1) << "}},\n"
        << "  \"scenes\": [\n";
    bool first = true;
    for (const CameraSpot& spot : cameraSpots()) {
        out << (first ? "" : ",\n");
        writeScene(out, scene, spot);
        first = false;
    }
    out << "\n  ]\n}\n";
    std::ofstream file(path);
    file << out.str();
    return static_cast<bool>(file);
}

} // namespace cloudtour::samplegen
