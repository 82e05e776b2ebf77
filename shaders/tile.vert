#version 330 core
// One quad of a cube face, generated from gl_VertexID as a 4-vertex strip: no vertex buffer. The
// quad is the face region uRect (s0 t0 s1 t1: s across, t down, 0-1), projected by the view's
// matrix, so it lands exactly where the full-screen renderers' rays put those directions. A quad
// is planar on the cube, so the perspective-correct interpolation of vTexCoord is exact.
uniform mat4 uViewProjection;
uniform mat3 uFaceAxes; // columns: the face's right, down and forward world directions
uniform vec4 uRect;
uniform vec4 uTexRect; // u0 v0 u1 v1 of the region within the tile's texture
out vec2 vTexCoord;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
    vec2 st = mix(uRect.xy, uRect.zw, corner);
    vec3 direction = uFaceAxes * vec3(2.0 * st - 1.0, 1.0);
    vTexCoord = mix(uTexRect.xy, uTexRect.zw, corner);
    gl_Position = uViewProjection * vec4(direction, 1.0);
}
