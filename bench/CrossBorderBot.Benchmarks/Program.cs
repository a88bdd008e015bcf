using BenchmarkDotNet.Running;

namespace CrossBorderBot.Benchmarks;

/// <summary>
/// Micro-benchmarks of a turn's hot parts. Run in Release:
/// <c>dotnet run -c Release --project bench/CrossBorderBot.Benchmarks -- --filter '*'</c>
/// (add <c>--job short</c> for a quicker, rougher pass). <c>-- turns</c> runs <see cref="TurnLoop"/> instead.
/// </summary>
public static class BenchmarkEntry
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "turns")
        {
            return await TurnLoop.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
