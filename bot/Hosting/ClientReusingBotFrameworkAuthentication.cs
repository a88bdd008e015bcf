using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;

namespace CrossBorderBot.Hosting;

/// <summary>
/// The configured Bot Framework authentication, unchanged in what it checks, minus two costs the adapter pays on
/// every turn: it builds a new connector client (serializer settings, contract resolver, credentials) and a new user
/// token client for each activity and disposes both at the end of the turn. Together that was about a fifth of a
/// turn's CPU. Here an expectReplies turn, whose replies travel in the HTTP response and never through the connector,
/// shares one connector client per service URL and audience, and the user token client is built only if a turn
/// actually uses it (sign-in; this bot has none today). Every other turn gets exactly what the inner
/// authentication gives.
/// </summary>
public sealed class ClientReusingBotFrameworkAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private readonly SharedConnectorClients _sharedClients = new();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        if (activity?.DeliveryMode == DeliveryModes.ExpectReplies && result.ConnectorFactory is { } factory)
        {
            result.ConnectorFactory = new SharedConnectorFactory(factory, _sharedClients);
        }

        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
        => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
        => Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(token => inner.CreateUserTokenClientAsync(claimsIdentity, token)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
        => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);
}
