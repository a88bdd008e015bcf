using System.Net;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.DirectLine;

/// <summary>
/// The web chat's endpoints answer cross-origin calls only from the origins in <c>DirectLine:AllowedOrigins</c>: a
/// preflight from an allowed origin is granted, one from any other origin is not, and a call from an allowed origin
/// carries the allow-origin header.
/// </summary>
public sealed class WebChatCorsTests : IDisposable
{
    private const string Allowed = "https://shop.example";
    private readonly DirectLineTestHost _host = new(settings: new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = Allowed });

    [Theory]
    [InlineData("/api/webchat/token")]
    [InlineData("/v3/directline/conversations")]
    public async Task A_preflight_from_an_allowed_origin_is_granted_and_one_from_another_is_not(string path)
    {
        using var client = _host.CreateClient();

        using var granted = await client.SendAsync(Preflight(path, Allowed));
        using var refused = await client.SendAsync(Preflight(path, "https://elsewhere.example"));

        Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
        Assert.Equal(Allowed, Assert.Single(granted.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_call_from_an_allowed_origin_carries_the_allow_origin_header()
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Add("Origin", Allowed);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DirectLineTestHost.Secret);

        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal(Allowed, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    public void Dispose() => _host.Dispose();

    private static HttpRequestMessage Preflight(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
