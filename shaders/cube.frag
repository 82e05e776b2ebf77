#version 330 core
// Six cube faces in a GL cube map, sampled from the view ray with seamless filtering across edges.
in vec2 vNdc;
out vec4 fragColor;

uniform samplerCube uCube;
uniform mat3 uCameraToWorld;
uniform vec2 uTanHalfFov;
uniform float uOpacity;

void main() {
    vec3 dir = uCameraToWorld * vec3(vNdc * uTanHalfFov, -1.0);
    // Our front face is -z (yaw 0); GL's cube map looks up +z for it, with the faces as uploaded in
    // CubeRenderer, so z is flipped here.
    fragColor = vec4(texture(uCube, vec3(dir.x, dir.y, -dir.z)).rgb, uOpacity);
}
