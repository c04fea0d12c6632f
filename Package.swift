// swift-tools-version:6.0
import PackageDescription

// The pipeline, one target per stage:
//   MWContent (load, parse, validate) → MWMarkdown (libcmark) → MWGraph (link)
//   → MWSearch / MWKeuzehulp / MWRender (render) → MWSite (pipeline + atomic write)
//   → MWServe (preview server) → meedoenwijzer (thin CLI).
let package = Package(
    name: "Meedoenwijzer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "meedoenwijzer", targets: ["meedoenwijzer"]),
        .library(name: "MWSite", targets: ["MWSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", path: "Sources/CCmark", pkgConfig: "libcmark",
                       providers: [.apt(["libcmark-dev"])]),
        // tcmalloc instead of glibc's malloc: a 100,000-document build took 31–34 s against
        // 45–47 s; glibc's malloc and free were a seventh of the profile (README → Performance).
        .systemLibrary(name: "CTCMalloc", path: "Sources/CTCMalloc", pkgConfig: "libtcmalloc_minimal",
                       providers: [.apt(["libgoogle-perftools-dev"])]),
        .target(name: "MWContent", dependencies: [.product(name: "Yams", package: "Yams"),
                                                  .target(name: "CTCMalloc", condition: .when(platforms: [.linux]))]),
        .target(name: "MWMarkdown", dependencies: ["CCmark", "MWContent"]),
        .target(name: "MWGraph", dependencies: ["MWContent", "MWMarkdown"]),
        .target(name: "MWSearch", dependencies: ["MWContent"]),
        .target(name: "MWKeuzehulp", dependencies: ["MWContent", .product(name: "Yams", package: "Yams")]),
        .target(name: "MWRender", dependencies: [
            "MWContent", "MWGraph", "MWMarkdown", "MWKeuzehulp", "MWSearch",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "MWSite", dependencies: ["MWContent", "MWMarkdown", "MWGraph", "MWRender", "MWKeuzehulp",
                                       .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "MWServe", dependencies: ["MWSite", .product(name: "Hummingbird", package: "hummingbird")]),
        .executableTarget(name: "meedoenwijzer", dependencies: [
            "MWSite", "MWServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "MWContentTests", dependencies: ["MWContent", "MWGraph", "MWSite"]),
        .testTarget(name: "MWMarkdownTests", dependencies: ["MWMarkdown", "MWContent"]),
        .testTarget(name: "MWSearchTests", dependencies: ["MWSearch", "MWContent"]),
        .testTarget(name: "MWSiteTests", dependencies: ["MWSite", "MWContent", "MWGraph", "MWKeuzehulp", "MWRender", "MWServe",
                                                  .product(name: "Mustache", package: "swift-mustache")]),
    ]
)
