using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrossBorderBot.Tests.Alerts;

/// <summary>Calls <c>POST /api/admin/alerts/run</c> as an operator would.</summary>
internal static class AlertAdminClient
{
    public const string ApiKey = "test-admin-key-0123456789abcdef";

    public static async Task<HttpResponseMessage> RunRawAsync(HttpClient http, string? asOf, string? key = ApiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/alerts/run")
        {
            Content = JsonContent.Create(new { asOf }),
        };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Runs the check and returns how many alerts it sent.</summary>
    public static async Task<int> RunAsync(HttpClient http, string asOf)
    {
        using var response = await RunRawAsync(http, asOf);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"run answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["sent"]!.GetValue<int>();
    }
}
