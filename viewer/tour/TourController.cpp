#include "viewer/tour/TourController.h"

#include "engine/math/Angles.h"
#include "engine/render/LoadingRenderer.h"
#include "viewer/tour/TourBinder.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <thread>

namespace cloudtour::viewer {
namespace {

constexpr double kTurnSeconds = 0.45;
constexpr double kTurnZoom = 0.8; // the turn closes in a little, as if stepping towards the link

} // namespace

TourController::TourController(math::View& view, CameraController& camera, const core::Clock& clock,
                               const render::GpuCaps& caps, core::TaskPool& pool, SceneLoading loading)
    : mView(view), mCamera(camera), mClock(clock), mCaps(caps), mPool(pool), mLoading(std::move(loading)) {}

void TourController::open(tour::Tour tour) {
    mIncoming.reset();
    mPrepared.clear();
    mStage.clear();
    openInfo.reset();
    urlToConfirm.reset();
    mPendingLink.reset();
    mTour = std::make_unique<tour::Tour>(std::move(tour));
    mNavigator = std::make_unique<TourNavigator>(*mTour);
    if (mTour->scenes.empty()) {
        messages.push_back(mTour->file + ": the tour has no scene to show");
        return;
    }
    // The history starts at the first scene at once (title, gallery and map show where the visitor
    // is going); its hotspots stay hidden until its panorama is on the stage.
    const Destination start = mNavigator->start();
    load(std::make_unique<TourNavigator>(*mNavigator), start, 0.0);
}

const tour::Scene* TourController::currentScene() const {
    return hasTour() ? &mNavigator->current() : nullptr;
}

core::Result<std::unique_ptr<render::Renderer>> TourController::makeRenderer(const tour::Scene& scene,
                                                                             bool previewOnly) {
    auto source = panoramaSource(scene, mCaps);
    if (!source) {
        return source.error();
    }
    // The scene the visitor asked for comes before the neighbours prepared in the background.
    render::LoadingSettings settings;
    settings.stream = {mLoading.limits, previewOnly, previewOnly ? -10 : 0, mLoading.wake};
    settings.tiles = mLoading.tiles;
    settings.pyramids = mLoading.pyramids;
    return render::createLoadingRenderer(*source, mCaps, mPool, settings);
}

void TourController::load(std::unique_ptr<TourNavigator> navigator, const Destination& destination,
                          double transitionSeconds) {
    const tour::Scene& scene = mTour->scenes.at(static_cast<std::size_t>(destination.scene));
    std::unique_ptr<render::Renderer> renderer;
    if (auto prepared = mPrepared.find(destination.scene); prepared != mPrepared.end()) {
        renderer = std::move(prepared->second);
        mPrepared.erase(prepared);
        render::requestDetail(*renderer);
    } else {
        auto made = makeRenderer(scene, false);
        if (!made) {
            messages.push_back("scene '" + scene.id + "': " + made.error().message);
            return;
        }
        renderer = std::move(*made);
    }
    // A newer request replaces one still loading; dropping that renderer cancels its work.
    mIncoming = Incoming{std::move(renderer), std::move(navigator), destination, transitionSeconds};
    advanceIncoming(); // a prepared scene is drawable at once: the crossfade starts this frame
}

bool TourController::advanceIncoming() {
    if (!mIncoming) {
        return false;
    }
    render::UploadBudget budget(frameBudget());
    mNeedsFrames = mIncoming->renderer->update(mView, budget);
    if (auto error = mIncoming->renderer->loadError()) {
        const tour::Scene& scene = mTour->scenes.at(static_cast<std::size_t>(mIncoming->destination.scene));
        messages.push_back("scene '" + scene.id + "': " + error->message);
        mIncoming.reset();
        return false;
    }
    if (mIncoming->renderer->loadProgress() < 1.0f) {
        return true;
    }
    Incoming incoming = std::move(*mIncoming);
    mIncoming.reset();
    present(std::move(incoming));
    return false;
}

void TourController::present(Incoming incoming) {
    mCamera.stop();
    const math::View leaving = mView;
    mNavigator = std::move(incoming.navigator);
    const tour::Scene& scene = mNavigator->current();
    mView.setLimits(sceneLimits(scene, incoming.renderer->viewLimits(math::ViewLimits{})));
    mView.set(incoming.destination.aim.yaw, incoming.destination.aim.pitch, incoming.destination.aim.hfov);
    mStage.present(std::move(incoming.renderer), leaving, mClock.now(), incoming.transitionSeconds);
    mShownNotice.clear();
    openInfo.reset();
    prepareNeighbours();
}

void TourController::prepareNeighbours() {
    // Keep what is already prepared for the new neighbours; drop (and so cancel) the rest.
    std::map<int, std::unique_ptr<render::Renderer>> kept;
    std::uint64_t bytes = 0;
    const int current = mNavigator->currentIndex();
    for (const tour::Hotspot& hotspot : mNavigator->current().hotspots) {
        const int index = hotspot.targetScene.empty() ? -1 : mTour->sceneIndex(hotspot.targetScene);
        if (index < 0 || index == current || kept.count(index) > 0 || bytes >= mLoading.prepareBudgetBytes) {
            continue;
        }
        std::unique_ptr<render::Renderer> renderer;
        if (auto found = mPrepared.find(index); found != mPrepared.end()) {
            renderer = std::move(found->second);
        } else {
            // A scene that cannot load says so when the visitor goes there.
            if (auto made = makeRenderer(mTour->scenes[static_cast<std::size_t>(index)], true)) {
                renderer = std::move(*made);
            }
        }
        if (renderer) {
            bytes += renderer->gpuBytes();
            kept.emplace(index, std::move(renderer));
        }
    }
    mPrepared = std::move(kept);
}

const tour::Scene* TourController::incomingScene() const {
    return mIncoming ? &mTour->scenes.at(static_cast<std::size_t>(mIncoming->destination.scene)) : nullptr;
}

void TourController::aimIncoming(const ViewAim& aim) {
    if (mIncoming) {
        mIncoming->destination.aim = aim;
    }
}

std::uint64_t TourController::preparedBytes() const {
    std::uint64_t bytes = 0;
    for (const auto& [index, renderer] : mPrepared) {
        bytes += renderer->gpuBytes();
    }
    return bytes;
}

bool TourController::preparing() const {
    return std::any_of(mPrepared.begin(), mPrepared.end(), [](const auto& prepared) {
        const render::Renderer& renderer = *prepared.second;
        return renderer.loadProgress() < 1.0f && !renderer.loadError();
    });
}

std::optional<float> TourController::loadingProgress() const {
    if (mIncoming) {
        return std::max(0.02f, mIncoming->renderer->detailProgress());
    }
    if (refining()) {
        return mStage.current()->detailProgress();
    }
    return std::nullopt;
}

bool TourController::refining() const {
    const render::Renderer* current = mStage.current();
    return current != nullptr && current->detailProgress() < 1.0f && !current->loadError();
}

void TourController::activate(std::size_t hotspotIndex) {
    const tour::Scene* scene = currentScene();
    if (!scene || hotspotIndex >= scene->hotspots.size()) {
        return;
    }
    const tour::Hotspot& hotspot = scene->hotspots[hotspotIndex];
    const bool links = !hotspot.targetScene.empty() &&
                       (hotspot.kind == tour::HotspotKind::SceneLink || hotspot.kind == tour::HotspotKind::Area);
    if (links) {
        if (mTour->transition.turnToHotspot) {
            mPendingLink = hotspotIndex;
            mCamera.animateTo(hotspot.yaw, hotspot.pitch, mView.hfov() * kTurnZoom, kTurnSeconds);
        } else {
            mPendingLink = hotspotIndex;
            update();
        }
        return;
    }
    if (hotspot.kind == tour::HotspotKind::Url) {
        if (allowUrls) {
            urlToConfirm = hotspot.url;
        }
        return;
    }
    openInfo = hotspotIndex;
}

bool TourController::update() {
    mNeedsFrames = false;
    const bool loading = advanceIncoming();
    render::UploadBudget budget(frameBudget());
    const bool refiningNow = mStage.update(mView, budget);
    mNeedsFrames = mNeedsFrames || refiningNow;
    // Prepared scenes get a thumbnail-sized view: image files stop at their preview anyway, and a
    // pyramid then wants only its coarsest level, a few hundred kilobytes either way.
    math::View glance = mView;
    glance.setViewport(64, 32);
    for (auto& [index, renderer] : mPrepared) {
        renderer->update(glance, budget);
    }
    reportCurrentProblems();
    return followPendingLink() || loading || refiningNow || mStage.transitioning(mClock.now());
}

bool TourController::busy() const {
    // Waiting for a decode needs no frames: the worker wakes the loop when it is done.
    return mPendingLink.has_value() || mNeedsFrames || mStage.transitioning(mClock.now());
}

std::uint64_t TourController::frameBudget() const {
    // While the visitor moves, uploads share the frame with drawing; while the view is still, a
    // longer frame goes unnoticed and the full resolution arrives sooner.
    const bool moving = mCamera.dragging() || mCamera.animating();
    return moving ? mLoading.uploadBytesPerFrame : 4 * mLoading.uploadBytesPerFrame;
}

void TourController::reportCurrentProblems() {
    const render::Renderer* current = mStage.current();
    if (current == nullptr || !mShownNotice.empty()) {
        return;
    }
    // The full resolution can still fail after the preview showed (a truncated file): say so once,
    // and keep the preview on screen.
    if (auto error = current->loadError()) {
        mShownNotice = error->message;
    } else {
        mShownNotice = current->loadNotice();
    }
    if (!mShownNotice.empty()) {
        messages.push_back("scene '" + mNavigator->current().id + "': " + mShownNotice);
    }
}

bool TourController::followPendingLink() {
    if (!mPendingLink || mCamera.animating()) {
        return mPendingLink.has_value();
    }
    const tour::Hotspot hotspot = currentScene()->hotspots[*mPendingLink];
    mPendingLink.reset();
    if (mTour->sceneIndex(hotspot.targetScene) < 0) {
        messages.push_back("hotspot '" + hotspot.id + "' links to a scene that does not exist: '" +
                           hotspot.targetScene + "'");
        return false;
    }
    move([&](TourNavigator& n) { return n.follow(hotspot, currentAim()); }, mTour->transition.duration);
    return true;
}

bool TourController::move(const std::function<std::optional<Destination>(TourNavigator&)>& step,
                          double transitionSeconds) {
    // The history moves on a copy, which becomes the navigator once the scene is on screen: until
    // then the title, hotspots and panels stay those of the scene the visitor still sees.
    auto next = std::make_unique<TourNavigator>(*mNavigator);
    const auto destination = step(*next);
    if (!destination) {
        return false;
    }
    load(std::move(next), *destination, transitionSeconds);
    return true;
}

void TourController::back() {
    if (hasTour()) {
        move([this](TourNavigator& n) { return n.back(currentAim()); }, mTour->transition.duration);
    }
}

void TourController::forward() {
    if (hasTour()) {
        move([this](TourNavigator& n) { return n.forward(currentAim()); }, mTour->transition.duration);
    }
}

void TourController::jumpTo(const std::string& sceneId) {
    if (hasTour() && sceneId != currentScene()->id) {
        move([&](TourNavigator& n) { return n.jumpTo(sceneId, currentAim()); }, mTour->transition.duration);
    }
}

bool TourController::showScene(const std::string& sceneId, double timeoutSeconds) {
    const int index = hasTour() ? mTour->sceneIndex(sceneId) : -1;
    if (index < 0) {
        return false;
    }
    if (index != mNavigator->currentIndex() || mIncoming) {
        move([&](TourNavigator& n) { return n.jumpTo(sceneId, currentAim()); }, 0.0);
    }
    finishLoading(timeoutSeconds);
    return mStage.current() != nullptr && mNavigator->currentIndex() == index;
}

bool TourController::finishLoading(double timeoutSeconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeoutSeconds);
    while (loading() && std::chrono::steady_clock::now() < deadline) {
        update();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    update();
    return !loading();
}

void TourController::resetView() {
    if (const tour::Scene* scene = currentScene()) {
        mCamera.stop();
        mView.set(scene->view.yaw, scene->view.pitch, scene->view.hfov);
    }
}

double TourController::sceneOpacity() const {
    return mStage.current() ? mStage.opacity(mClock.now()) : 0.0;
}

bool TourController::draw() {
    return mStage.draw(mView, mClock.now());
}

std::uint64_t TourController::gpuBytes() const {
    return mStage.current() ? mStage.current()->gpuBytes() : 0;
}

} // namespace cloudtour::viewer
