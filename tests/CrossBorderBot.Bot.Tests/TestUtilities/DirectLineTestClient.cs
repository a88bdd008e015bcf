using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>Calls the bot's Direct Line endpoint the way botframework-directlinejs does, one method per call.</summary>
public sealed class DirectLineTestClient(HttpClient http) : IDisposable
{
    public const string Prefix = "/v3/directline";

    public HttpClient Http => http;

    /// <summary>A token (or conversation) answer: what the client keeps.</summary>
    public sealed record Session(string ConversationId, string Token, int ExpiresIn);

    /// <summary>A poll's answer.</summary>
    public sealed record ActivitySet(IReadOnlyList<JsonObject> Activities, string Watermark);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? credential, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        return http.SendAsync(request);
    }

    public async Task<Session> GenerateTokenAsync(string secret, string? userId = null)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Prefix}/tokens/generate", secret,
            userId is null ? null : JsonContent.Create(new { user = new { id = userId } }));
        return await ReadSessionAsync(response, HttpStatusCode.OK);
    }

    public async Task<Session> StartAsync(string credential, string locale = "en-US", string? userId = null)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Prefix}/conversations", credential,
            JsonContent.Create(new { user = new { id = userId }, locale }));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"start answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await ReadSessionAsync(response, response.StatusCode);
    }

    public async Task<Session> RefreshAsync(string token)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Prefix}/tokens/refresh", token);
        return await ReadSessionAsync(response, HttpStatusCode.OK);
    }

    public Task<HttpResponseMessage> PollRawAsync(string conversationId, string? credential, string? watermark = null)
        => SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{conversationId}/activities?watermark={watermark}", credential);

    public async Task<ActivitySet> PollAsync(string conversationId, string credential, string? watermark = null)
    {
        using var response = await PollRawAsync(conversationId, credential, watermark);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var activities = body["activities"]!.AsArray().Select(node => node!.AsObject()).ToList();
        return new ActivitySet(activities, body["watermark"]!.GetValue<string>());
    }

    public Task<HttpResponseMessage> PostRawAsync(string conversationId, string credential, string json)
        => SendAsync(HttpMethod.Post, $"{Prefix}/conversations/{conversationId}/activities", credential,
            new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Posts an activity and returns the id the service gave it.</summary>
    public async Task<string> PostAsync(string conversationId, string credential, object activity)
    {
        using var response = await PostRawAsync(conversationId, credential, JsonSerializer.Serialize(activity));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"post answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["id"]!.GetValue<string>();
    }

    /// <summary>A message as Web Chat sends it: text, the sender, and a client-side id in channelData.</summary>
    public static object Message(string text, string userId, string? clientActivityId = null) => new
    {
        type = "message",
        text,
        from = new { id = userId, role = "user" },
        locale = "en-US",
        channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
    };

    /// <summary>What clicking an Adaptive Card Action.Submit sends: no text, the button's data as value.</summary>
    public static object CardSubmit(JsonNode data, string userId) => new
    {
        type = "message",
        from = new { id = userId, role = "user" },
        locale = "en-US",
        value = data,
        channelData = new { clientActivityID = Guid.NewGuid().ToString("N"), postBack = true },
    };

    /// <summary>The Direct Line error code of a failed call.</summary>
    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body)?["error"]?["code"]?.GetValue<string>();
    }

    /// <summary>The token's user claim, read the way Web Chat reads it (JWT payload).</summary>
    public static string UserOf(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonNode.Parse(Convert.FromBase64String(payload))!["user"]!.GetValue<string>();
    }

    public void Dispose() => http.Dispose();

    private static async Task<Session> ReadSessionAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        var body = JsonNode.Parse(text)!;
        return new Session(body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>(), body["expires_in"]!.GetValue<int>());
    }
}
