using CrossBorderBot.Channels.DirectLine;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Hosting;

/// <summary>
/// Security headers on every response: a Content-Security-Policy for the web chat page (scripts from this host and
/// the pinned CDN fallback only; <c>frame-ancestors</c> this host plus <c>DirectLine:AllowedOrigins</c>, so only those
/// sites can embed the chat in a frame), <c>X-Content-Type-Options: nosniff</c>, a <c>Referrer-Policy</c>, and no
/// <c>Server</c> header.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Where the page's fallback loads the Web Chat bundle from when it was built without npm.</summary>
    public const string WebChatCdnOrigin = "https://cdn.botframework.com";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return services;
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var policy = ContentSecurityPolicy(app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.AllowedOrigins);
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.Remove("Server");
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }

    /// <remarks>
    /// Web Chat styles itself with injected style elements, hence <c>'unsafe-inline'</c> for styles only; card images
    /// may come from any https host. Origins that are not plain <c>scheme://host[:port]</c> are left out rather than
    /// copied into the header.
    /// </remarks>
    public static string ContentSecurityPolicy(IEnumerable<string> allowedOrigins)
    {
        var ancestors = string.Join(' ', new[] { "'self'" }.Concat(allowedOrigins.Select(OriginOrNull).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)));
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' {WebChatCdnOrigin}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob: https:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            $"frame-ancestors {ancestors}");
    }

    private static string? OriginOrNull(string origin)
        => Uri.TryCreate(origin?.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
                ? uri.GetLeftPart(UriPartial.Authority)
                : null;
}
