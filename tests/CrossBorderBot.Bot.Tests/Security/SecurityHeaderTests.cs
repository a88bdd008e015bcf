using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Security;

/// <summary>
/// The page and the APIs carry security headers, checked on a real Kestrel process (the in-memory server would not
/// show a <c>Server</c> header either way): CSP with <c>frame-ancestors</c> from <c>DirectLine:AllowedOrigins</c>,
/// <c>nosniff</c>, a referrer policy, no <c>Server</c>. The CDN fallback script is pinned by its SRI hash.
/// </summary>
public sealed partial class SecurityHeaderTests
{
    [Fact]
    public async Task Every_response_carries_the_headers_and_frame_ancestors_follow_the_allowed_origins()
    {
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Memory",
            ["DirectLine:AllowedOrigins:0"] = "https://shop.example.com",
            ["DirectLine:AllowedOrigins:1"] = "https://evil.example; script-src *",
        });
        using var client = bot.CreateClient();

        foreach (var path in new[] { "/", "/js/crossborderbot-chat.js", "/healthz" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.EndsWith("frame-ancestors 'self' https://shop.example.com", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self' https://cdn.botframework.com;", policy, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("evil", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.False(response.Headers.Contains("Server"), $"{path} names its server");
        }

        using var api = await client.PostAsync("/api/messages", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.False(api.Headers.Contains("Server"));
        Assert.Equal("nosniff", Assert.Single(api.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_cdn_fallback_is_pinned_to_the_hash_of_the_exact_bundle_version_the_build_installs()
    {
        using var factory = new BotWebApplicationFactory();
        var script = await factory.CreateClient().GetStringAsync("/js/crossborderbot-chat.js");
        var version = VersionPattern().Match(script).Groups[1].Value;
        var integrity = IntegrityPattern().Match(script).Groups[1].Value;
        Assert.Matches(@"^\d+\.\d+\.\d+$", version);
        Assert.Matches("^sha384-[A-Za-z0-9+/]{64}$", integrity);
        Assert.Contains("tag.integrity = CDN_BUNDLE_INTEGRITY", script, StringComparison.Ordinal);

        // The npm package the build installs is the file the CDN serves for that version.
        var package = FindUpwards(Path.Combine("bot", "webchat", "node_modules", "botframework-webchat"));
        var bundle = package is null ? Path.Combine(AppContext.BaseDirectory, "wwwroot", "lib", "webchat", "webchat.js") : Path.Combine(package, "dist", "webchat.js");
        Assert.True(File.Exists(bundle), "the Web Chat bundle is installed (npm ci in bot/webchat) so its hash can be checked");
        if (package is not null)
        {
            var manifest = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package, "package.json")))!;
            Assert.Equal(version, manifest["version"]!.GetValue<string>());
        }

        var hash = "sha384-" + Convert.ToBase64String(SHA384.HashData(await File.ReadAllBytesAsync(bundle)));
        Assert.Equal(hash, integrity);
    }

    private static string? FindUpwards(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex("WEBCHAT_VERSION = '([^']+)'")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("CDN_BUNDLE_INTEGRITY = '([^']+)'")]
    private static partial Regex IntegrityPattern();
}
