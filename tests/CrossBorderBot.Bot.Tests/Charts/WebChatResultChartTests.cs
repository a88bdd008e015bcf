using System.Net;
using System.Text.Json.Nodes;
using CrossBorderBot.Tests.TestUtilities;
using SkiaSharp;

namespace CrossBorderBot.Tests.Charts;

/// <summary>
/// The embedded web chat's Direct Line: a logistics result is followed by a card with the chart images (served at
/// their signed links) and the button to be alerted when the destination's rules change; clicking it subscribes.
/// </summary>
public sealed class WebChatResultChartTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_logistics_result_shows_its_charts_and_offers_rule_alerts()
    {
        using var client = _host.CreateDirectLineClient();
        var token = await client.GenerateTokenAsync(DirectLineTestHost.Secret);
        var session = await client.StartAsync(token.Token);
        var userId = DirectLineTestClient.UserOf(session.Token);
        var watermark = (await client.PollAsync(session.ConversationId, session.Token)).Watermark;
        foreach (var text in new[] { "ship a 2kg parcel of shoes to Germany", "skip", "€30", "standard", "yes", "no" })
        {
            await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message(text, userId));
        }

        watermark = (await client.PollAsync(session.ConversationId, session.Token, watermark)).Watermark;
        await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("neither", userId));
        var result = (await client.PollAsync(session.ConversationId, session.Token, watermark)).Activities;

        var images = result.SelectMany(Cards).SelectMany(card => Elements(card, "Image")).ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, image => Assert.False(string.IsNullOrWhiteSpace(image["altText"]?.GetValue<string>())));
        Assert.Contains(images, image => image["altText"]!.GetValue<string>().Contains("days", StringComparison.Ordinal));
        foreach (var image in images)
        {
            var url = new Uri(image["url"]!.GetValue<string>());
            using var response = await client.Http.GetAsync(url.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal((800, 450), (bitmap.Width, bitmap.Height));
        }

        var offer = result.SelectMany(Cards).SelectMany(card => card["actions"]?.AsArray() ?? [])
            .Single(action => action!["data"]?["verb"]?.GetValue<string>() == "alerts.subscribe")!;
        Assert.Contains("Germany", offer["title"]!.GetValue<string>(), StringComparison.Ordinal);
        watermark = (await client.PollAsync(session.ConversationId, session.Token, watermark)).Watermark;
        await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.CardSubmit(offer["data"]!.DeepClone(), userId));
        var confirmed = (await client.PollAsync(session.ConversationId, session.Token, watermark)).Activities;
        Assert.Contains(confirmed, a => (a["attachments"]?.ToJsonString() ?? string.Empty).Contains("Germany", StringComparison.Ordinal)
            && (a["attachments"]?.ToJsonString() ?? string.Empty).Contains("European Union", StringComparison.Ordinal));
    }

    private static IEnumerable<JsonObject> Cards(JsonObject activity) =>
        (activity["attachments"]?.AsArray() ?? []).Select(a => a?["content"] as JsonObject).OfType<JsonObject>();

    private static IEnumerable<JsonObject> Elements(JsonNode? node, string type)
    {
        if (node is JsonObject obj)
        {
            if (obj["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && obj["type"]!.GetValue<string>() == type)
            {
                yield return obj;
            }

            foreach (var child in obj.Select(p => p.Value))
            {
                foreach (var found in Elements(child, type))
                {
                    yield return found;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                foreach (var found in Elements(item, type))
                {
                    yield return found;
                }
            }
        }
    }
}
