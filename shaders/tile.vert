#version 330 core
// Tile quads on the cube (world space, built on the CPU so that faces meeting at an edge share
// their vertices exactly), projected by the view's matrix: they land where the full-screen
// renderers' rays put those directions. Quads are planar on the cube, so the perspective-correct
// interpolation of the texture coordinates is exact.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec2 aTexCoord;
uniform mat4 uViewProjection;
out vec2 vTexCoord;

void main() {
    vTexCoord = aTexCoord;
    gl_Position = uViewProjection * vec4(aPosition, 1.0);
}
