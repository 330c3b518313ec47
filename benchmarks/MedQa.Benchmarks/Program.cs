using BenchmarkDotNet.Running;
using MedQa.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/MedQa.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(VoteFormattingBenchmarks).Assembly).Run(args);
