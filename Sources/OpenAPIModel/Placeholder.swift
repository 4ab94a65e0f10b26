import YAMLLoader
