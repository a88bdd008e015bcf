using CrossBorderBot.Hosting;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderBot.Tests.Hosting;

/// <summary>The running bot hands the C library's free memory back to the system on a timer, and stops where it cannot.</summary>
public sealed class NativeMemoryTrimmerTests
{
    [Fact]
    public async Task Trims_on_every_interval_while_running_and_not_after_it_stops()
    {
        var time = new FakeTimeProvider();
        var trims = 0;
        using var trimmer = new NativeMemoryTrimmer(() => { trims++; return true; }, time, NullLogger<NativeMemoryTrimmer>.Instance);

        await trimmer.StartAsync(CancellationToken.None);
        time.Advance(NativeMemoryTrimmer.Interval);
        Assert.Equal(1, trims);
        time.Advance(NativeMemoryTrimmer.Interval * 3);
        Assert.Equal(4, trims);

        await trimmer.StopAsync(CancellationToken.None);
        time.Advance(NativeMemoryTrimmer.Interval * 3);
        Assert.Equal(4, trims);
    }

    [Fact]
    public async Task Stops_trying_where_the_C_library_has_no_trim()
    {
        var time = new FakeTimeProvider();
        var attempts = 0;
        using var trimmer = new NativeMemoryTrimmer(() => { attempts++; throw new EntryPointNotFoundException("malloc_trim"); }, time, NullLogger<NativeMemoryTrimmer>.Instance);

        await trimmer.StartAsync(CancellationToken.None);
        time.Advance(NativeMemoryTrimmer.Interval * 5);

        Assert.Equal(1, attempts);
    }

    [Fact]
    public void The_bot_host_runs_the_trimmer()
    {
        using var factory = new BotWebApplicationFactory();

        Assert.Contains(factory.Services.GetServices<IHostedService>(), service => service is NativeMemoryTrimmer);
    }
}
