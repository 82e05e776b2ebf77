#version 330 core
// One triangle that covers the whole viewport, generated from gl_VertexID: no vertex buffer needed.
// vNdc is the normalised device position, from which the fragment shader builds the view ray.
out vec2 vNdc;

void main() {
    vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
    vNdc = corner * 2.0 - 1.0;
    gl_Position = vec4(vNdc, 0.0, 1.0);
}
