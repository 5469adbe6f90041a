import { Center, Loader, Stack, Text } from '@mantine/core';

/** A whole-window wait or failure, before any screen can show. */
export function Splash({ text, failed = false }: { text: string; failed?: boolean }) {
  return (
    <Center h="100vh" p="xl">
      <Stack align="center" gap="sm" maw={480}>
        {!failed && <Loader size="sm" aria-hidden />}
        <Text role={failed ? 'alert' : 'status'} c={failed ? 'red' : undefined} ta="center">
          {text}
        </Text>
      </Stack>
    </Center>
  );
}
