// placeholder, replaced as extract/ grows
