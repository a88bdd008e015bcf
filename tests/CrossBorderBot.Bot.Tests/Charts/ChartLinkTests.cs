using System.Net;
using CrossBorderBot.Charts;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace CrossBorderBot.Tests.Charts;

/// <summary>Chart links: served only as signed, to the conversation they were made for, until they expire.</summary>
public sealed class ChartLinkTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();
    private readonly HttpClient _client;

    public ChartLinkTests() => _client = _host.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    [Fact]
    public async Task A_signed_link_serves_the_png()
    {
        var (path, _) = await StoreAsync("conversation-a");

        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((64, 32), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task Another_conversation_or_a_tampered_link_gets_404()
    {
        var (path, chartId) = await StoreAsync("conversation-a");
        var key = await _host.Services.GetRequiredService<ChartSigningKey>().GetAsync(CancellationToken.None);
        var expires = _host.Clock.GetUtcNow().AddDays(1);

        // A correctly signed link for another conversation, naming this conversation's chart.
        var otherConversation = ChartLinks.PathFor(key, chartId, ChartLinks.ConversationHash("conversation-b"), expires);
        var swappedScope = path.Replace($"c={ChartLinks.ConversationHash("conversation-a")}", $"c={ChartLinks.ConversationHash("conversation-b")}", StringComparison.Ordinal);
        var longerLife = path.Replace("&e=", "&e=9", StringComparison.Ordinal);
        var guessedId = path.Replace(chartId, ChartLinks.NewChartId(), StringComparison.Ordinal);

        foreach (var link in new[] { otherConversation, swappedScope, longerLife, guessedId, ChartLinks.PathPrefix + chartId + ".png" })
        {
            using var response = await _client.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{link} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task An_expired_link_is_gone()
    {
        var (path, _) = await StoreAsync("conversation-a");

        _host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    private async Task<(string Path, string ChartId)> StoreAsync(string conversationId)
    {
        using var bitmap = new SKBitmap(64, 32);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        var chartId = ChartLinks.NewChartId();
        var hash = ChartLinks.ConversationHash(conversationId);
        var expires = _host.Clock.GetUtcNow().AddDays(1);
        await _host.Services.GetRequiredService<ChartStore>().SaveAsync(chartId, hash, data.ToArray(), expires, CancellationToken.None);
        var key = await _host.Services.GetRequiredService<ChartSigningKey>().GetAsync(CancellationToken.None);
        return (ChartLinks.PathFor(key, chartId, hash, expires), chartId);
    }
}
