using System.Net.Http.Headers;
using System.Text;
using CrossBorderBot.Channels.Teams;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// The real bot host with authentication off (empty <c>MicrosoftAppId</c>), in-memory state, and the Teams connector
/// replaced by <see cref="TeamsFakeConnector"/>. Post Teams-shaped activities with <see cref="PostAsync"/>.
/// </summary>
public sealed class TeamsBotHost : BotWebApplicationFactory
{
    public TeamsBotHost()
        : base(settings: null, environment: null, configureTestServices: null)
    {
    }

    /// <summary>Replaces the knowledge search of the message extension (set before the first request).</summary>
    public IKnowledgeSearchForTeams? Search { get; init; }

    public TeamsFakeConnector Connector { get; } = new();

    /// <summary>Posts an activity to <c>/api/messages</c>; returns the status and the parsed body (null when empty).</summary>
    public async Task<(int Status, JToken? Body)> PostAsync(JObject activity)
    {
        using var client = CreateClient();
        using var content = new StringContent(activity.ToString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JToken.Parse(text));
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<IHttpClientFactory>(new ConnectorClientFactory(Connector));
        if (Search is not null)
        {
            services.AddSingleton(Search);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Connector.Dispose();
        }
    }

    private sealed class ConnectorClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
