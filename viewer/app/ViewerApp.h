#pragma once

#include "engine/core/Clock.h"
#include "engine/core/TaskPool.h"
#include "engine/image/ImageData.h"
#include "engine/math/View.h"
#include "viewer/app/AppCommand.h"
#include "viewer/app/PanoramaOptions.h"
#include "viewer/app/RedrawPolicy.h"
#include "viewer/input/CameraController.h"
#include "viewer/platform/GlContext.h"
#include "viewer/tour/HotspotInteraction.h"
#include "viewer/tour/TourController.h"
#include "viewer/ui/ImGuiLayer.h"
#include "viewer/ui/ImageTextures.h"
#include "viewer/ui/InfoOverlay.h"
#include "viewer/ui/ThumbnailCache.h"
#include "viewer/ui/TourPanels.h"

#include <SDL.h>

#include <functional>
#include <string>

namespace cloudtour::viewer {

/// The interactive viewer's main loop, in the shape of Dear ImGui's SDL2 + OpenGL3 example: every
/// event to ImGui first, to the camera and hotspots only when ImGui does not want it; draw only
/// when something changed or moves, and otherwise sleep in SDL_WaitEvent (an idle viewer uses no
/// CPU). The work is done by the controllers it owns; this class only routes and sequences.
class ViewerApp {
public:
    ViewerApp(GlContext& context, const core::Clock& clock);

    /// Opens a tour file, a folder with one, another viewer's config, or a bare panorama. What
    /// cannot be read becomes messages on screen; the viewer keeps running and shows what it can.
    void open(const PanoramaOptions& options);
    /// Runs until the window closes. Returns the process exit code.
    int run();
    /// One turn of the loop: handle pending events, advance, draw one frame. With `mayBlock` it
    /// first sleeps until an event when nothing moves. Returns false once the viewer should quit.
    bool step(bool mayBlock);
    /// For smoke tests and benchmarks: draw this many frames back to back, then quit, saving the
    /// last one (panorama and overlay, as the screen shows it) to a PNG when a path is given.
    void quitAfterFrames(int frames, std::string screenshotPath);

    /// Waits until the scene being loaded is on screen at full resolution (tests, scripted runs).
    bool finishLoading(double timeoutSeconds = 60.0) { return mTour.finishLoading(timeoutSeconds); }
    /// Called once after the first frame showing a panorama has been swapped to the screen, and once
    /// after the first at full resolution ("first-panorama", "full-resolution"): benchmarks.
    void onMilestone(std::function<void(const char*)> report) { mMilestones = std::move(report); }
    /// Draws one frame (after handling pending events) and returns it as the screen shows it,
    /// once the scene being loaded has settled.
    image::ImageData captureFrame();
    /// Shows a scene of the open tour at once, without a transition (`render --scene`, tests).
    bool showScene(const std::string& sceneId);
    /// Points the view (radians), stopping any motion.
    void aim(double yaw, double pitch, double hfov);

    [[nodiscard]] const math::View& view() const { return mView; }
    [[nodiscard]] const OverlayState& overlay() const { return mOverlay; }
    [[nodiscard]] const TourController& tour() const { return mTour; }
    [[nodiscard]] const HotspotInteraction& hotspots() const { return mHotspots; }

private:
    void handleEvent(const SDL_Event& event);
    void handleSceneInput(const InputEvent& input);
    void runCommand(AppCommand command);
    void applyPanelActions(const TourPanelActions& actions);
    void setLanguage(const std::string& language);
    void updateViewport();
    void drawFrame();
    void drawNavigationPanels();
    void faceNorth();
    void finishScriptedRun();
    void reportMilestones();
    [[nodiscard]] PictureState pictureState() const;
    [[nodiscard]] double pixelScale() const;

    GlContext& mContext;
    const core::Clock& mClock;
    math::View mView;
    CameraController mCamera;
    ImGuiLayer mUi;
    core::TaskPool mPool; ///< file reads and decodes; before mTour, which hands it work
    TourController mTour;
    HotspotInteraction mHotspots;
    std::vector<ProjectedHotspot> mProjected;
    TourUiState mUiState;
    OverlayState mOverlay;
    /// Frames drawn after any event: an ImGui popup or auto-sized window is hidden for its first
    /// frame while it measures itself, so a click needs three frames to show what it opened.
    static constexpr int kSettleFrames = 3;
    int mFramesToDraw = kSettleFrames;
    RedrawPolicy mRedraw;
    bool mSkippedDraw = false; ///< the last step drew nothing (the picture had not changed)
    bool mRunning = true;
    int mScriptedFramesLeft = -1; ///< -1: run until closed
    std::string mScreenshotPath;
    image::ImageData mLastFrame;
    bool mCaptureNextFrame = false;
    int mExitCode = 0;
    std::function<void(const char*)> mMilestones;
    bool mReportedFirstPanorama = false;
    bool mReportedFullResolution = false;
    // The navigation panels' pictures: GL textures, deleted while the context (owned outside) lives.
    ThumbnailCache mThumbnails;
    ImageTextures mPictures;
    std::vector<std::size_t> mWantedThumbnails; ///< scenes the gallery showed without a picture
    bool mShowGallery = false;
    bool mShowMap = true;
    bool mShowCompass = true;
};

} // namespace cloudtour::viewer
