using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// The services a Direct Line request handler works with, bound from the container as one parameter; who is calling
/// was decided before the handler runs (<see cref="DirectLineCallerFilter"/>).
/// </summary>
internal sealed record DirectLineRequestServices(
    DirectLineTokenService Tokens,
    DirectLineConversationStore Store,
    DirectLineConversationService Conversations,
    DirectLineClientLimits Limits,
    IOptions<DirectLineOptions> Options,
    TimeProvider Time);
