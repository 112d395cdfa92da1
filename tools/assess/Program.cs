using Assessment.Cli;

return AssessApp.Run(args, Console.Out, Console.Error);
