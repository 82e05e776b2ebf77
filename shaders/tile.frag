#version 330 core
// A tile's texture, mipmapped and clamped to its edges (tiles are separate textures).
in vec2 vTexCoord;
out vec4 fragColor;

uniform sampler2D uTile;
uniform float uOpacity;

void main() {
    fragColor = vec4(texture(uTile, vTexCoord).rgb, uOpacity);
}
