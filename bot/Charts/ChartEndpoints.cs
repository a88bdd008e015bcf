namespace CrossBorderBot.Charts;

/// <summary>
/// <c>GET /api/charts/{chart}.png?c=&amp;e=&amp;s=</c>: the PNG of a chart, for a correctly signed link only. A link
/// altered in any part (another conversation, a later expiry) or naming a chart of another conversation answers
/// 404; an expired link answers 410 Gone (and the chart is deleted).
/// </summary>
public static partial class ChartEndpoints
{
    public static IEndpointRouteBuilder MapResultCharts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ChartLinks.PathPrefix + "{file}", ServeAsync);
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string file, HttpContext http, ChartSigningKey signingKey, ChartStore store, TimeProvider time)
    {
        var match = FilePattern().Match(file);
        var query = http.Request.Query;
        string conversation = query["c"].ToString(), signature = query["s"].ToString();
        if (!match.Success || conversation.Length == 0 || signature.Length == 0
            || !long.TryParse(query["e"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return TypedResults.NotFound();
        }

        var chartId = match.Groups[1].Value;
        var key = await signingKey.GetAsync(http.RequestAborted);
        if (!ChartLinks.IsValid(key, chartId, conversation, expires, signature))
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var stored = await store.LoadAsync(chartId, http.RequestAborted);
        if (DateTimeOffset.FromUnixTimeSeconds(expires) <= now || stored is { } old && old.ExpiresAt <= now)
        {
            if (stored is not null)
            {
                await store.DeleteAsync(chartId, http.RequestAborted);
            }

            return TypedResults.StatusCode(StatusCodes.Status410Gone);
        }

        if (stored is null || !string.Equals(stored.ConversationHash, conversation, StringComparison.Ordinal))
        {
            return TypedResults.NotFound();
        }

        var maxAge = (long)Math.Max(0, (stored.ExpiresAt - now).TotalSeconds);
        http.Response.Headers.CacheControl = $"private, max-age={maxAge.ToString(CultureInfo.InvariantCulture)}";
        return TypedResults.File(Convert.FromBase64String(stored.PngBase64), "image/png");
    }

    [GeneratedRegex("^([0-9a-f]{32})\\.png$")]
    private static partial Regex FilePattern();
}
