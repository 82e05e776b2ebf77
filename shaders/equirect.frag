#version 330 core
// Equirectangular panorama, sampled per pixel from the view ray: no sphere mesh, so no pole pinching.
in vec2 vNdc;
out vec4 fragColor;

uniform sampler2D uPanorama;
uniform mat3 uCameraToWorld;   // columns: camera right, up, backward in world space
uniform vec2 uTanHalfFov;      // tan(hfov / 2), tan(vfov / 2)
uniform vec3 uExtent;          // horizontal and vertical angle of view, vertical offset (radians)
uniform bool uWrapsAround;     // the image covers the full 360 degrees horizontally
uniform vec3 uBackground;      // shown outside a partial panorama
uniform float uOpacity;

void main() {
    vec3 dir = normalize(uCameraToWorld * vec3(vNdc * uTanHalfFov, -1.0));
    float yaw = atan(dir.x, -dir.z);
    // atan, not asin: Mesa's asin is off by up to 4e-4 rad (a whole texel at 16384 wide); its atan
    // is good to 3e-6.
    float pitch = atan(dir.y, length(dir.xz));
    float u = 0.5 + yaw / uExtent.x;
    float v = 0.5 - (pitch - uExtent.z) / uExtent.y;

    // The mip level comes from continuous derivatives: u jumps by 1 across the +-180 degree seam,
    // and plain texture() would pick the coarsest level there and draw a line. fract(u + 0.5) is
    // continuous at the seam, so the smaller of the two derivatives is the true one.
    vec2 dU = vec2(dFdx(u), dFdy(u));
    if (uWrapsAround) {
        float shifted = fract(u + 0.5);
        vec2 dShifted = vec2(dFdx(shifted), dFdy(shifted));
        if (dot(dShifted, dShifted) < dot(dU, dU)) {
            dU = dShifted;
        }
    }
    // Near the poles a row of texels covers a ring of shrinking circumference: the texels repeat
    // the same content, so the level is chosen from the footprint in angle, not in texels, which
    // keeps the poles sharp instead of blurred.
    dU *= cos(pitch);
    vec2 dV = vec2(dFdx(v), dFdy(v));

    bool outside = v < 0.0 || v > 1.0 || (!uWrapsAround && (u < 0.0 || u > 1.0));
    vec3 colour = outside ? uBackground : textureGrad(uPanorama, vec2(u, v), vec2(dU.x, dV.x), vec2(dU.y, dV.y)).rgb;
    fragColor = vec4(colour, uOpacity);
}
