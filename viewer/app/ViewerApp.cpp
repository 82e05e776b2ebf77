#include "viewer/app/ViewerApp.h"

#include "engine/image/ImageWriter.h"
#include "engine/image/PyramidCache.h"
#include "viewer/app/OpenTarget.h"
#include "viewer/input/InputRouter.h"
#include "viewer/input/SdlInput.h"
#include "viewer/tour/TourStrings.h"
#include "viewer/ui/Bearings.h"
#include "viewer/ui/Compass.h"
#include "viewer/ui/LoadingIndicator.h"
#include "viewer/ui/MapPanel.h"
#include "viewer/ui/SceneGallery.h"

#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

namespace cloudtour::viewer {
namespace {

constexpr double kMarkerHitRadius = 20.0; // ImGui points around a marker that count as on it

float windowPixelScale(SDL_Window* window) {
    int windowWidth = 0, windowHeight = 0, drawableWidth = 0, drawableHeight = 0;
    SDL_GetWindowSize(window, &windowWidth, &windowHeight);
    SDL_GL_GetDrawableSize(window, &drawableWidth, &drawableHeight);
    return windowWidth > 0 ? static_cast<float>(drawableWidth) / static_cast<float>(windowWidth) : 1.0f;
}

// A worker that finished a decode wakes the loop from SDL_WaitEvent, so an idle viewer shows a
// loaded scene at once yet spends no CPU while it waits. SDL_PushEvent is thread-safe.
Uint32 wakeEventType() {
    static const Uint32 type = SDL_RegisterEvents(1);
    return type;
}

SceneLoading sceneLoading() {
    SceneLoading loading;
    loading.wake = [] {
        SDL_Event event{};
        event.type = wakeEventType();
        SDL_PushEvent(&event);
    };
    return loading;
}

bool isRelease(const SDL_Event& event) {
    return event.type == SDL_MOUSEBUTTONUP || event.type == SDL_KEYUP;
}

image::ImageData readBackBuffer(int width, int height) {
    auto rgb = image::ImageData::allocate(width, height, 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    std::vector<std::uint8_t> bottomUp(rgb.byteSize());
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, bottomUp.data());
    for (int y = 0; y < height; ++y) {
        std::memcpy(rgb.row(y), bottomUp.data() + rgb.rowBytes() * static_cast<std::size_t>(height - 1 - y),
                    rgb.rowBytes());
    }
    return rgb;
}

} // namespace

ViewerApp::ViewerApp(GlContext& context, const core::Clock& clock)
    : mContext(context), mClock(clock), mCamera(mView, clock),
      mUi(context.window(), context.glContext(), windowPixelScale(context.window())),
      mTour(mView, mCamera, clock, context.caps(), mPool, sceneLoading()), mThumbnails(context.caps()),
      mPictures(context.caps()) {
    mOverlay.gpuName = context.caps().renderer;
    updateViewport();
}

void ViewerApp::open(const PanoramaOptions& options) {
    auto opened = openTarget(options);
    mTour.setDecodeLimits(options.limits.image); // `--limit image-...` reach every scene's files
    mTour.setPyramidCacheFolder(options.cacheDir.empty() ? image::defaultPyramidCacheFolder() : options.cacheDir);
    mTour.messages = std::move(opened.messages);
    mHotspots.reset();
    mPictures.clear(); // the thumbnails follow the tour by themselves
    if (opened.tour) {
        const auto& tour = *opened.tour;
        setLanguage(!tour.defaultLanguage.empty() ? tour.defaultLanguage
                    : tour.languages.empty()      ? std::string("en")
                                                  : tour.languages.front());
        auto texts = allTourStrings(tour);
        // The first scene starts decoding on the workers first: the font atlas, built on this
        // thread in the meantime, then costs the first frame nothing.
        mTour.open(std::move(*opened.tour));
        mUi.rebuildFonts(texts);
    }
    const tour::Scene* scene = mTour.currentScene();
    const std::string title =
        scene ? mTour.tour().title.resolve(mUiState.language, mTour.tour().defaultLanguage) : std::string();
    SDL_SetWindowTitle(mContext.window(), title.empty() ? "CloudTour" : (title + " - CloudTour").c_str());
    mFramesToDraw = kSettleFrames;
}

image::ImageData ViewerApp::captureFrame() {
    mTour.finishLoading(); // a capture shows the scene as it settles, not a frame of its loading
    mCaptureNextFrame = true;
    step(false);
    return mLastFrame;
}

bool ViewerApp::showScene(const std::string& sceneId) {
    return mTour.showScene(sceneId);
}

void ViewerApp::aim(double yaw, double pitch, double hfov) {
    mCamera.stop();
    mView.set(yaw, pitch, hfov);
    mTour.aimIncoming({yaw, pitch, hfov}); // a scene still loading arrives at this aim, not its own
    mFramesToDraw = kSettleFrames;
}

void ViewerApp::setLanguage(const std::string& language) {
    mUiState.language = language;
}

int ViewerApp::run() {
    while (mRunning) {
        step(true);
    }
    return mExitCode;
}

bool ViewerApp::step(bool mayBlock) {
    SDL_Event event;
    const bool moving = mCamera.update() || mTour.busy() || mScriptedFramesLeft > 0;
    if (mayBlock && !moving && mFramesToDraw <= 0) {
        // Nothing changes on screen until an event arrives: block, using no CPU.
        if (SDL_WaitEvent(&event)) {
            handleEvent(event);
        }
    }
    if (mayBlock && moving && mSkippedDraw && SDL_WaitEventTimeout(&event, 1)) {
        handleEvent(event); // uploading behind an unchanged picture: no need to spin
    }
    while (SDL_PollEvent(&event)) {
        handleEvent(event);
    }
    const bool cameraMoved = mCamera.update();
    mTour.update();
    const PictureState picture = pictureState();
    // Scripted runs (benchmarks, screenshots) draw every counted frame; while they wait for the
    // scene to load they draw like an interactive viewer, so `--timing` measures what a user gets.
    if (mRedraw.layoutChanged(picture)) {
        mFramesToDraw = std::max(mFramesToDraw, kSettleFrames);
    }
    const bool asked = mFramesToDraw > 0 || cameraMoved || mCaptureNextFrame || mTour.crossfading() ||
                       (mScriptedFramesLeft > 0 && !mTour.loading());
    const bool loading = mTour.loading() || mTour.incomingScene() != nullptr;
    mSkippedDraw = !mRedraw.shouldDraw(picture, asked, loading, mClock.now());
    if (!mSkippedDraw) {
        drawFrame();
        mRedraw.drawn(picture, mClock.now());
    }
    // Scripted runs (benchmarks, screenshots) count frames once the scene has settled, so the last
    // frame shows it at full resolution.
    if (mScriptedFramesLeft > 0 && !mTour.loading() && --mScriptedFramesLeft == 0) {
        finishScriptedRun();
    }
    return mRunning;
}

void ViewerApp::reportMilestones() {
    if (!mMilestones || !mTour.sceneShown()) {
        return;
    }
    if (!mReportedFirstPanorama) {
        mReportedFirstPanorama = true;
        mMilestones("first-panorama");
    }
    if (!mReportedFullResolution && !mTour.loading()) {
        mReportedFullResolution = true;
        mMilestones("full-resolution");
    }
}

void ViewerApp::quitAfterFrames(int frames, std::string screenshotPath) {
    mScriptedFramesLeft = std::max(1, frames);
    mScreenshotPath = std::move(screenshotPath);
}

void ViewerApp::finishScriptedRun() {
    mRunning = false;
    if (mScreenshotPath.empty()) {
        return;
    }
    // drawFrame read the last frame back before its swap: after a swap the back buffer's content is
    // undefined on a real window.
    if (auto written = image::writePng(mScreenshotPath, mLastFrame); !written) {
        std::fprintf(stderr, "cloudtour: %s\n", written.error().message.c_str());
        mExitCode = 1;
    }
}

PictureState ViewerApp::pictureState() const {
    const auto progress = mTour.loadingProgress();
    return {mView.yaw(),          mView.pitch(),         mView.hfov(),
            mView.width(),        mView.height(),        mTour.sceneShown(),
            mTour.gpuBytes(),     mTour.incomingScene(), progress ? static_cast<int>(*progress * 100.0f) : -1,
            mTour.messages.size()};
}

void ViewerApp::handleEvent(const SDL_Event& event) {
    if (event.type == wakeEventType()) {
        return; // a worker finished: the next update takes its result, and draws if it shows
    }
    mFramesToDraw = kSettleFrames;
    mUi.processEvent(event);
    if (event.type == SDL_QUIT) {
        mRunning = false;
        return;
    }
    if (event.type == SDL_WINDOWEVENT) {
        if (event.window.event == SDL_WINDOWEVENT_LEAVE) {
            mHotspots.pointerLeft();
        }
        updateViewport();
        return;
    }
    const CaptureState capture{mUi.wantsMouse(), mUi.wantsKeyboard()};
    if (isKeyboardEvent(event)) {
        // Escape closes panels even from inside a focused panel, unless a text field has it.
        const bool escape = event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_ESCAPE;
        if (escape && !mUi.wantsTextInput()) {
            runCommand(AppCommand::ClosePanels);
            return;
        }
        if (routeKeyboard(capture, isRelease(event)) == InputTarget::UiOnly) {
            return;
        }
        if (event.type == SDL_KEYDOWN) {
            if (const auto command = commandForKey(event.key)) {
                runCommand(*command);
                return;
            }
        }
    } else if (isPointerEvent(event) && routePointer(capture, isRelease(event)) == InputTarget::UiOnly) {
        return;
    }
    if (const auto input = translateSdlEvent(event, pixelScale())) {
        handleSceneInput(*input);
    }
}

void ViewerApp::handleSceneInput(const InputEvent& input) {
    const auto click = mHotspots.onInput(input);
    if (click) {
        if (const auto hit = hitTestHotspots(mProjected, *click, kMarkerHitRadius * pixelScale())) {
            mTour.activate(*hit);
            return;
        }
    }
    mCamera.handle(input);
}

void ViewerApp::runCommand(AppCommand command) {
    switch (command) {
    case AppCommand::ToggleFullscreen: {
        const bool fullscreen = (SDL_GetWindowFlags(mContext.window()) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
        SDL_SetWindowFullscreen(mContext.window(), fullscreen ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
        break;
    }
    case AppCommand::ToggleStats:
        mOverlay.showStats = !mOverlay.showStats;
        break;
    case AppCommand::ToggleHelp:
        mOverlay.showHelp = !mOverlay.showHelp;
        break;
    case AppCommand::ResetView:
        mTour.resetView();
        break;
    case AppCommand::Quit:
        mRunning = false;
        break;
    case AppCommand::FocusNextHotspot:
    case AppCommand::FocusPreviousHotspot:
        mHotspots.focusNext(mProjected, command == AppCommand::FocusPreviousHotspot);
        break;
    case AppCommand::ActivateFocused:
        if (const auto focused = mHotspots.focused()) {
            mTour.activate(*focused);
        }
        break;
    case AppCommand::ClosePanels:
        ImGui::SetWindowFocus(nullptr); // the keyboard goes back to the scene
        mTour.openInfo.reset();
        mTour.urlToConfirm.reset();
        mTour.messages.clear(); // read: `cloudtour validate` lists them again
        mOverlay.showHelp = false;
        mShowGallery = false;
        mHotspots.clearFocus();
        break;
    case AppCommand::Back:
        mTour.back();
        break;
    case AppCommand::Forward:
        mTour.forward();
        break;
    case AppCommand::ToggleGallery:
        mShowGallery = !mShowGallery;
        break;
    case AppCommand::ToggleMap:
        mShowMap = !mShowMap;
        break;
    case AppCommand::FaceNorth:
        faceNorth();
        break;
    }
}

void ViewerApp::applyPanelActions(const TourPanelActions& actions) {
    if (actions.back) {
        mTour.back();
    }
    if (actions.forward) {
        mTour.forward();
    }
    if (actions.closeInfo) {
        mTour.openInfo.reset();
    }
    if (actions.openUrl && mTour.urlToConfirm) {
        SDL_OpenURL(mTour.urlToConfirm->c_str());
        mTour.urlToConfirm.reset();
    }
    if (actions.cancelUrl) {
        mTour.urlToConfirm.reset();
    }
    if (actions.language) {
        setLanguage(*actions.language);
    }
}

void ViewerApp::updateViewport() {
    int width = 0, height = 0;
    mContext.drawableSize(width, height);
    mView.setViewport(width, height);
}

double ViewerApp::pixelScale() const {
    return windowPixelScale(mContext.window());
}

void ViewerApp::drawNavigationPanels() {
    mWantedThumbnails.clear();
    if (!mTour.hasTour()) {
        return;
    }
    const PanelsShown shown{mShowGallery, mOverlay.showStats};
    std::optional<std::string> jump;
    if (mShowGallery) {
        auto gallery = drawSceneGallery(mTour, &mThumbnails, mUiState, shown);
        mWantedThumbnails = std::move(gallery.wantedThumbnails);
        jump = std::move(gallery.jumpTo);
    }
    if (const auto& map = mTour.tour().map; mShowMap && map) {
        const UiImage* plan = mPictures.get(map->image);
        if (auto picked = drawMapPanel(mTour, mView, mUiState, {plan, &mThumbnails, shown}).jumpTo) {
            jump = std::move(picked);
        }
    }
    // A bare panorama has no known north; tours come from a file.
    if (mShowCompass && !mTour.tour().file.empty() && drawCompass(mTour, mView, mUiState, shown).faceNorth) {
        faceNorth();
    }
    for (auto& message : mPictures.takeMessages()) {
        mTour.messages.push_back(std::move(message));
    }
    if (!mWantedThumbnails.empty()) {
        mFramesToDraw = std::max(mFramesToDraw, 2); // draw on until the strip has its pictures
    }
    if (jump) {
        mTour.jumpTo(*jump);
    }
}

void ViewerApp::faceNorth() {
    if (const tour::Scene* scene = mTour.currentScene()) {
        mCamera.animateTo(yawFacingNorth(*scene), mView.pitch(), mView.hfov(), 0.6);
    }
}

void ViewerApp::drawFrame() {
    const double start = mClock.now();
    // At most one thumbnail a frame, of a scene the gallery showed without one: no stall on a large tour.
    if (mTour.hasTour() && mThumbnails.update(mTour.tour(), mWantedThumbnails)) {
        mFramesToDraw = std::max(mFramesToDraw, 1);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, mView.width(), mView.height());
    glClearColor(0.06f, 0.06f, 0.07f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (mTour.draw()) {
        mFramesToDraw = std::max(mFramesToDraw, 1); // a crossfade is running
    }
    mUi.beginFrame();
    if (const tour::Scene* scene = mTour.currentScene()) {
        mProjected = projectHotspots(*scene, mView);
        mHotspots.update(mProjected, kMarkerHitRadius * pixelScale());
        drawHotspots(mTour.tour(), *scene, mProjected,
                     {mHotspots.hovered(), mHotspots.focused(), static_cast<float>(mTour.sceneOpacity()),
                      static_cast<float>(pixelScale()), mUiState.language, mTour.tour().defaultLanguage,
                      [this](const std::string& path) { return mPictures.get(path); }});
    }
    applyPanelActions(drawTourPanels(mTour, mUiState, [this](const std::string& path) { return mPictures.get(path); }));
    drawNavigationPanels();
    mOverlay.messages = mTour.messages;
    mOverlay.gpuMegabytes = static_cast<double>(mTour.gpuBytes()) / (1024.0 * 1024.0);
    mOverlay.language = mUiState.language;
    drawInfoOverlay(mOverlay, mView);
    const tour::Scene* arriving = mTour.incomingScene();
    drawLoadingIndicator(
        {mTour.loadingProgress(), arriving != nullptr,
         arriving ? arriving->title.resolve(mUiState.language, mTour.tour().defaultLanguage) : std::string(),
         mUiState.language});
    mUi.endFrame();
    if (mCaptureNextFrame || (mScriptedFramesLeft == 1 && !mScreenshotPath.empty())) {
        mLastFrame = readBackBuffer(mView.width(), mView.height());
        mCaptureNextFrame = false;
    }
    mContext.swap();
    reportMilestones();
    mOverlay.frameMilliseconds = (mClock.now() - start) * 1000.0;
    --mFramesToDraw;
}

} // namespace cloudtour::viewer
