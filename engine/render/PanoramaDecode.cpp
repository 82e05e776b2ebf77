#include "engine/render/PanoramaDecode.h"

#include "engine/core/FileIo.h"
#include "engine/image/ImageLoader.h"
#include "engine/image/MipChain.h"

namespace cloudtour::render {

int fittingScale(int width, int height, int maxSide) {
    for (int scale = 1; scale < 8; scale *= 2) {
        if ((width + scale - 1) / scale <= maxSide && (height + scale - 1) / scale <= maxSide) {
            return scale;
        }
    }
    return 8;
}

namespace {

std::string sizeText(int width, int height) {
    return std::to_string(width) + "x" + std::to_string(height);
}

core::Result<int> chooseScale(const DecodeRequest& request, const image::ImageInfo& info) {
    const bool jpeg = info.format == image::ImageFormat::Jpeg;
    if (request.preview) {
        if (!jpeg || info.width < request.previewMinWidth) {
            return core::Error{};
        }
        return 8;
    }
    const int scale = jpeg ? fittingScale(info.width, info.height, request.maxSide) : 1;
    if ((info.width + scale - 1) / scale > request.maxSide || (info.height + scale - 1) / scale > request.maxSide) {
        // Checked before decoding: a PNG of that size would only be allocated to be refused.
        return core::fileError(request.path, "image is " + sizeText(info.width, info.height) +
                                                 ", larger than this GPU's texture limit of " +
                                                 std::to_string(request.maxSide) +
                                                 " pixels; convert it with `cloudtour tile`");
    }
    return scale;
}

} // namespace

core::Result<DecodedPiece> decodePiece(const DecodeRequest& request, const image::DecodeLimits& limits,
                                       const core::CancelToken& cancel) {
    auto bytes = core::readFileBytes(request.path, limits.maxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    auto info = image::probeImage(*bytes, request.path);
    if (!info) {
        return info.error();
    }
    auto scale = chooseScale(request, *info);
    if (!scale || cancel.cancelled()) {
        return scale ? core::Error{} : scale.error();
    }
    auto decoded = image::decodeImage(*bytes, request.path, limits, *scale);
    if (!decoded) {
        return decoded.error();
    }
    DecodedPiece piece{request.face, std::move(*decoded), {}, {}};
    if (!request.preview && *scale > 1) {
        piece.notice = request.path + ": shown at 1/" + std::to_string(*scale) + " resolution (" +
                       sizeText(piece.image.width, piece.image.height) +
                       "), the most this GPU takes in one texture; `cloudtour tile` keeps every pixel";
    }
    if (!request.preview && !cancel.cancelled()) {
        piece.mips = image::buildMipChain(piece.image);
    }
    return piece;
}

} // namespace cloudtour::render
