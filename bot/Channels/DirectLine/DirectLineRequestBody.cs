using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>Reads request bodies with a size limit, so an endless or oversized body is refused rather than buffered.</summary>
internal static class DirectLineRequestBody
{
    /// <summary>Bodies of the small JSON calls (start, token) are tiny; anything larger is not a real request.</summary>
    private const int MaxSmallBodyBytes = 16 * 1024;

    /// <summary>Reads the body as text, or null when it holds more than <paramref name="maxCharacters"/> characters.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, int maxCharacters, CancellationToken cancellationToken)
    {
        // UTF-8 needs at most 4 bytes a character; reading stops early rather than buffering an endless body.
        if (request.ContentLength > (long)maxCharacters * 4)
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[8192];
        var text = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > maxCharacters)
            {
                return null;
            }
        }

        return text.ToString();
    }

    /// <summary>An optional small JSON object body (start, generate, the web chat's token); empty means none.</summary>
    public static Task<(JObject? Json, JsonHttpResult<DirectLineError>? Error)> ReadSmallJsonAsync(HttpRequest request, CancellationToken cancellationToken)
        => ReadSmallJsonAsync(request, MaxSmallBodyBytes, cancellationToken);

    /// <summary>An optional JSON object body of at most <paramref name="maxCharacters"/> characters; empty means none.</summary>
    public static async Task<(JObject? Json, JsonHttpResult<DirectLineError>? Error)> ReadSmallJsonAsync(HttpRequest request, int maxCharacters, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(request, maxCharacters, cancellationToken);
        if (text is null)
        {
            return (null, DirectLineErrors.BodyTooLarge());
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            return JToken.Parse(text) is JObject json
                ? (json, null)
                : (null, DirectLineErrors.BadArgument("The body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("The body is not valid JSON."));
        }
    }

    /// <summary>A string at a JSON path of the body, or null when absent or not a string.</summary>
    public static string? StringAt(JObject? json, string path)
        => json?.SelectToken(path) is JValue { Type: JTokenType.String } value ? (string?)value : null;

    /// <summary>Lowers the server's body limit for this request, where the server lets us.</summary>
    public static void Limit(HttpContext http, long maxBytes)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }
    }
}
