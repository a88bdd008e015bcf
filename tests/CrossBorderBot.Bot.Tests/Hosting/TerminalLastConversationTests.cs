using CrossBorderBot.Channels.Terminal;
using CrossBorderBot.Tests.Storage;

namespace CrossBorderBot.Tests.Hosting;

/// <summary>
/// A plain <c>chat</c> resumes the conversation the user had last, also one begun with <c>chat --new</c>, after the
/// process ends: the id is kept in the real SQLite state store, not in memory.
/// </summary>
public sealed class TerminalLastConversationTests : IDisposable
{
    private readonly StorageTempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Before_any_conversation_the_first_terminal_conversation_is_resumed()
    {
        var store = _database.OpenStore();

        Assert.Equal(TerminalLastConversation.FirstConversationId, await TerminalLastConversation.ReadAsync(store, "mei", CancellationToken.None));
    }

    [Fact]
    public async Task The_conversation_begun_last_is_resumed_after_a_restart()
    {
        var first = _database.OpenStore();
        await TerminalLastConversation.RememberAsync(first, "mei", "terminal-0a1b2c3d4e5f", CancellationToken.None);
        first.Dispose();

        var afterRestart = _database.OpenStore();

        Assert.Equal("terminal-0a1b2c3d4e5f", await TerminalLastConversation.ReadAsync(afterRestart, "mei", CancellationToken.None));
    }

    [Fact]
    public async Task Each_user_resumes_their_own_conversation()
    {
        var store = _database.OpenStore();
        await TerminalLastConversation.RememberAsync(store, "mei", "terminal-mei", CancellationToken.None);
        await TerminalLastConversation.RememberAsync(store, "jun", "terminal-jun", CancellationToken.None);

        Assert.Equal("terminal-mei", await TerminalLastConversation.ReadAsync(store, "mei", CancellationToken.None));
        Assert.Equal("terminal-jun", await TerminalLastConversation.ReadAsync(store, "jun", CancellationToken.None));
    }
}
