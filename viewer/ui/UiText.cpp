#include "viewer/ui/UiText.h"

#include <array>

namespace cloudtour::viewer {
namespace {

using Row = std::array<std::string_view, 3>; // en, zh, es

constexpr std::array<Row, static_cast<std::size_t>(UiText::Count)> kTable = {{
    {"Back", "后退", "Atrás"},
    {"Forward", "前进", "Adelante"},
    {"Scenes", "场景", "Escenas"},
    {"Map", "地图", "Mapa"},
    {"Close", "关闭", "Cerrar"},
    {"Language", "语言", "Idioma"},
    {"Open a web page?", "打开网页？", "¿Abrir una página web?"},
    {"This opens your web browser at:", "将在浏览器中打开：", "Se abrirá el navegador en:"},
    {"Open", "打开", "Abrir"},
    {"Cancel", "取消", "Cancelar"},
    {"Credits", "版权", "Créditos"},
    {"Licence", "许可", "Licencia"},
    {"Full screen", "全屏", "Pantalla completa"},
    {"Help", "帮助", "Ayuda"},
    {"Face north", "朝北", "Mirar al norte"},
    {"N", "北", "N"},
    {"E", "东", "E"},
    {"S", "南", "S"},
    {"W", "西", "O"},
    {"look around (release to glide)", "环视（松开后继续滑动）", "mirar alrededor (suelte para deslizar)"},
    {"zoom towards the pointer", "向指针处缩放", "acercar hacia el puntero"},
    {"turn", "转向", "girar"},
    {"zoom", "缩放", "zoom"},
    {"go through the hotspots in view", "在可见的热点之间切换", "recorrer los puntos visibles"},
    {"open the focused hotspot", "打开选中的热点", "abrir el punto seleccionado"},
    {"back / forward through the scenes", "在场景之间后退／前进", "atrás / adelante entre escenas"},
    {"close panels", "关闭面板", "cerrar paneles"},
    {"back to the start view", "回到初始视角", "volver a la vista inicial"},
    {"view and frame-time figures", "视角与帧时间数据", "datos de vista y de fotograma"},
    {"quit", "退出", "salir"},
    {"Loading", "正在加载", "Cargando"},
}};

std::size_t column(std::string_view language) {
    const std::string_view primary = language.substr(0, language.find('-'));
    for (std::size_t i = 0; i < std::size(kUiLanguages); ++i) {
        if (kUiLanguages[i] == primary) {
            return i;
        }
    }
    return 0;
}

} // namespace

std::string_view uiText(UiText id, std::string_view language) {
    return kTable[static_cast<std::size_t>(id)][column(language)];
}

std::string_view languageName(std::string_view tag) {
    const std::string_view primary = tag.substr(0, tag.find('-'));
    if (primary == "en") {
        return "English";
    }
    if (primary == "zh") {
        return "中文";
    }
    if (primary == "es") {
        return "Español";
    }
    return tag;
}

} // namespace cloudtour::viewer
